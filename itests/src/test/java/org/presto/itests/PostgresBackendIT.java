package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.Test;
import org.presto.store.internal.ThrowawayPostgres;

/**
 * An operator switches the store to PostgreSQL in etc/org.presto.store.cfg: the distribution keeps its services in
 * that server (and not in the embedded database), across a restart.
 */
public class PostgresBackendIT extends DistributionScriptSupport {

    @Test
    public void theDistributionKeepsItsServicesInPostgresql() throws Exception {
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            String database = server.createDatabase("presto_distribution");
            setCfg("etc/org.presto.store.cfg", "backend", "postgresql");
            setCfg("etc/org.presto.store.cfg", "url", server.url(database));
            setCfg("etc/org.presto.store.cfg", "user", server.user());
            setCfg("etc/org.presto.store.cfg", "password", server.password());

            startKaraf();
            awaitRestconf();
            NrpRequests nrp = new NrpRequests(restconf);
            Map<String, String> sips = nrp.sipsByName();
            String uuid = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe2-uni-1"), 20,
                    sips.get("pe5-uni-1"), 50), 200).path("output").path("service").path("uuid").asText();
            try (Connection db = DriverManager.getConnection(server.url(database), server.user(),
                    server.password()); Statement statement = db.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT uuid, revision FROM connectivity_service")) {
                assertTrue("the service is not in PostgreSQL", rs.next());
                assertEquals(uuid, rs.getString(1));
                assertEquals("journaled PLANNED, then INSTALLED", 2, rs.getLong(2));
                assertFalse(rs.next());
            }

            restartKaraf();
            JsonNode service = nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                    .path("output").path("service");
            assertEquals("INSTALLED", service.path("lifecycle-state").asText());
            nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
            stopKaraf();
            assertFalse("the embedded database was used too",
                    Files.exists(karafHome.resolve("data/presto/store/presto.mv.db")));
        }
    }
}
