package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LifecycleState;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.model.OperationalState;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.internal.DijkstraPathComputer;
import org.presto.spi.ForwardingEntry;
import org.presto.store.internal.JdbcPrestoStore;

/** The core with the real emulator, H2 store and PCE wired by hand as DS would wire them. */
class ConnectivityServiceComponentTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private EmulatedEms emulator;
    private InventoryComponent inventory;
    private ConnectivityServiceComponent connectivity;

    @BeforeEach
    void wire() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        JdbcPrestoStore store = new JdbcPrestoStore(pool);
        emulator = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test");
        inventory = new InventoryComponent(store);
        inventory.bindDriver(emulator);
        connectivity = new ConnectivityServiceComponent(inventory, new DijkstraPathComputer(), store);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private String sip(String name) {
        return inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(name)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
    }

    private String nep(String sipName) {
        return inventory.locate(sip(sipName)).orElseThrow().nepId();
    }

    private static ConnectivityServiceEndPoint endPoint(String sip, int vlan) {
        return new ConnectivityServiceEndPoint(null, null, new ServiceInterfacePointRef(sip), null, null, null, null,
                null, null, null, new NrpCarrierEthConnectivityEndPointResource(VlanIdListAndUntag.of(vlan)));
    }

    private ConnectivityRequest eLine(String sipA, int vlanA, String sipB, int vlanB) {
        return new ConnectivityRequest(null, List.of(endPoint(sip(sipA), vlanA), endPoint(sip(sipB), vlanB)), null,
                null, null);
    }

    private List<ForwardingEntry> allEntries() throws Exception {
        List<ForwardingEntry> all = new java.util.ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(emulator.forwardingEntries(node.uuid()));
        }
        return all;
    }

    @Test
    void createConfiguresEveryNodeOnTheRouteAndDeleteClearsThem() throws Exception {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe3-uni-1", 200));
        assertEquals(LifecycleState.INSTALLED, service.lifecycleState());
        assertEquals(OperationalState.ENABLED, service.operationalState());
        List<ForwardingEntry> entries = allEntries();
        assertTrue(entries.size() >= 2, "at least the two edge nodes: " + entries);
        assertTrue(entries.stream().allMatch(e -> e.serviceId().equals(service.uuid())));
        assertEquals(entries.size() + 1, connectivity.connections(service.uuid()).size(),
                "one connection per node plus the end-to-end one");
        assertEquals(100, entries.stream().filter(e -> e.portA().equals(
                nep("pe1-uni-1"))).findFirst().orElseThrow().vlanA());

        connectivity.delete(service.uuid());
        assertEquals(List.of(), allEntries());
        assertEquals(List.of(), connectivity.services());
    }

    @Test
    void refusesACeVlanAlreadyUsedOnTheSipAndChangesNothing() throws Exception {
        connectivity.create(eLine("pe1-uni-1", 100, "pe2-uni-1", 100));
        List<ForwardingEntry> before = allEntries();
        PrestoException e = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-1", 100, "pe4-uni-1", 100)));
        assertEquals(Reason.CONFLICT, e.reason());
        assertEquals(before, allEntries());
        assertEquals(1, connectivity.services().size());
    }

    @Test
    void aDeviceRefusalRollsBackTheNodesAlreadyConfigured() throws Exception {
        // Something outside Presto holds service VLAN 2 on the last node's trunk ports: the device refuses there.
        ConnectivityService probe = connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10));
        List<ForwardingEntry> route = allEntries();
        connectivity.delete(probe.uuid());
        ForwardingEntry last = route.stream().filter(e -> e.portB().equals(nep("pe3-uni-1"))).findFirst().orElseThrow();
        emulator.install(new ForwardingEntry("intruder", last.nodeId(), last.portA(), last.vlanA(),
                nep("pe3-uni-2"), 999));

        PrestoException e = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10)));
        assertEquals(Reason.DEVICE_FAILURE, e.reason());
        assertEquals(List.of("intruder"), allEntries().stream().map(ForwardingEntry::serviceId).toList());
        assertEquals(List.of(), connectivity.services());
    }

    @Test
    void nodesOfAnAbsentDriverAreDisabledAndRefusedUntilItReturns() {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe2-uni-1", 100));
        inventory.unbindDriver(emulator);
        assertTrue(inventory.topology().node().stream()
                .allMatch(n -> n.operationalState() == OperationalState.DISABLED));
        assertEquals(OperationalState.DISABLED, connectivity.service(service.uuid()).orElseThrow()
                .operationalState());
        PrestoException e = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-2", 7, "pe2-uni-2", 7)));
        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertEquals("ABSENT", inventory.drivers().get(0).state());

        inventory.bindDriver(emulator);
        assertEquals(OperationalState.ENABLED, connectivity.service(service.uuid()).orElseThrow()
                .operationalState());
        connectivity.create(eLine("pe1-uni-2", 7, "pe2-uni-2", 7));
    }
}
