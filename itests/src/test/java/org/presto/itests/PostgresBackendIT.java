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
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.presto.store.internal.ThrowawayPostgres;

/**
 * An operator switches the store to PostgreSQL in etc/org.presto.store.cfg, its password sealed with
 * presto:secret-encrypt: the distribution keeps its services in that server (and not in the embedded database),
 * across a restart, and the password is in clear in no file of the installation and in no service property.
 */
public class PostgresBackendIT extends DistributionScriptSupport {

    @Test
    public void theDistributionKeepsItsServicesInPostgresql() throws Exception {
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            String database = server.createDatabase("presto_distribution");
            // Presto logs in as a role that must prove its password, sealed with presto:secret-encrypt (this
            // installation's key) and never in clear
            String role = "presto_sealed";
            String password = randomSecret();
            server.addPasswordRole(role, password, database);
            startKaraf();
            String sealed = client("presto:secret-encrypt " + password).strip();
            assertTrue(sealed, sealed.startsWith("ENC(") && sealed.endsWith(")"));
            stopKaraf();
            deleteRecursively(karafHome.resolve("data/presto/store"));
            setCfg("etc/org.presto.store.cfg", "backend", "postgresql");
            setCfg("etc/org.presto.store.cfg", "url", server.url(database));
            setCfg("etc/org.presto.store.cfg", "user", role);
            setCfg("etc/org.presto.store.cfg", ".password", sealed);

            startKaraf();
            awaitRestconf();
            assertFalse("the password is nowhere in the store's service properties",
                    client("service:list org.presto.store.PrestoStore").contains("password"));
            // etc/ and data/: the configuration files, Karaf's configuration store, the logs, the shell's history
            try (java.util.stream.Stream<java.nio.file.Path> files = java.util.stream.Stream.concat(
                    Files.walk(karafHome.resolve("etc")), Files.walk(karafHome.resolve("data")))) {
                List<java.nio.file.Path> clear = files.filter(Files::isRegularFile).filter(file -> {
                    try {
                        return Files.size(file) < 10_000_000 && new String(Files.readAllBytes(file),
                                java.nio.charset.StandardCharsets.ISO_8859_1).contains(password);
                    } catch (java.io.IOException e) {
                        return false;
                    }
                }).toList();
                assertTrue("the password in clear in " + clear, clear.isEmpty());
            }
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

    private static void deleteRecursively(java.nio.file.Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> paths = Files.walk(dir)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
