package org.presto.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LifecycleState;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.store.NetworkRecord;
import org.presto.store.ServiceRecord;

class JdbcPrestoStoreTest {
    @TempDir
    Path dir;

    private static ServiceRecord record(String uuid, LifecycleState state) {
        ConnectivityService service = new ConnectivityService(uuid, List.of(new Name("name", "evc-" + uuid)),
                List.of(new ConnectivityServiceEndPoint("ep1", null, new ServiceInterfacePointRef("sip-a"), null, null,
                        null, null, null, null, null, null)), List.of("conn-" + uuid),
                ServiceType.POINT_TO_POINT_CONNECTIVITY, null, null, null, null, null, null, state);
        Connection connection = new Connection("conn-" + uuid, null, null, null, null, null, null, null, state);
        return new ServiceRecord(service, List.of(connection),
                List.of(new ForwardingEntry(uuid, "n1", "p1", 100, "p2", 2), new ForwardingEntry(uuid, "n2", "p3", 2,
                        "p4", 100)));
    }

    private JdbcConnectionPool open() {
        return JdbcConnectionPool.create(H2StoreComponent.url(dir.resolve("db").toAbsolutePath().toString()),
                "presto", "");
    }

    @Test
    void keepsServicesAndNetworksAcrossReopening() {
        JdbcConnectionPool pool = open();
        JdbcPrestoStore store = new JdbcPrestoStore(pool);
        store.saveService(record("s1", LifecycleState.PLANNED));
        store.saveService(record("s1", LifecycleState.INSTALLED));
        store.saveService(record("s2", LifecycleState.INSTALLED));
        store.saveNetwork(new NetworkRecord(new DriverInfo("emu", "Presto", "1", null), new DiscoveredNetwork(
                List.of(new Node("n1", null, null, null, null, null, null, null, null)), List.of(), List.of())));
        assertTrue(store.deleteService("s2"));
        assertFalse(store.deleteService("s2"));
        pool.dispose();

        JdbcConnectionPool reopened = open();
        JdbcPrestoStore again = new JdbcPrestoStore(reopened);
        assertEquals(List.of(record("s1", LifecycleState.INSTALLED)), again.services());
        assertEquals(record("s1", LifecycleState.INSTALLED), again.service("s1").orElseThrow());
        assertTrue(again.service("s2").isEmpty());
        assertEquals("n1", again.networks().get(0).network().nodes().get(0).uuid());
        reopened.dispose();
    }
}
