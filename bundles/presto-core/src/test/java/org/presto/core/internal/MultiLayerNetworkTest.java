package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.internal.DijkstraPathComputer;
import org.presto.spi.ForwardingEntry;
import org.presto.store.internal.JdbcPrestoStore;

/**
 * The core over a network imported from a TAPI 2.1.3 context (docs/examples), where Ethernet switches also have a
 * cheaper photonic path between them: an Ethernet service must stay on Ethernet links and points.
 */
class MultiLayerNetworkTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private EmulatedEms emulator;
    private Inventory inventory;
    private ServiceLifecycle connectivity;

    @BeforeEach
    void wire() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        emulator = new EmulatedEms(new EmulatorSettings("lab", example().toString(), dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test");
        inventory = new Inventory(JdbcPrestoStore.open(pool));
        inventory.driverAdded(emulator);
        connectivity = new ServiceLifecycle(inventory, new DijkstraPathComputer(), JdbcPrestoStore.open(pool));
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private static Path example() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs/examples/tapi-metro-optical-context.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/examples/tapi-metro-optical-context.json not found");
    }

    @Test
    void anEthernetServiceTakesTheEthernetLinksThoughPhotonicOnesCostLess() throws Exception {
        connectivity.create(new ConnectivityRequest(null, List.of(endPoint("sw-1-uni-1", 100),
                endPoint("sw-3-uni-1", 100)), null, null, RouteObjectiveFunction.MIN_WORK_ROUTE_COST));
        List<String> nodes = new java.util.ArrayList<>();
        for (ForwardingEntry entry : entries()) {
            nodes.add(nodeName(entry.nodeId()));
        }
        assertEquals(List.of("sw-1", "sw-2", "sw-3"), nodes);
    }

    @Test
    void aPhotonicPointTakesNoEthernetService() throws Exception {
        PrestoException refused = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, List.of(endPoint("sw-1-uni-1", 100), endPoint("roadm-1-add-1", 100)),
                        null, null, null)));
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals("/input/end-point[1]/service-interface-point", refused.path());
        assertTrue(refused.getMessage().contains("OTSiA"), refused.getMessage());
        assertEquals(List.of(), entries());
    }

    private List<ForwardingEntry> entries() throws Exception {
        List<ForwardingEntry> all = new java.util.ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(emulator.forwardingEntries(node.uuid()));
        }
        return all;
    }

    private String nodeName(String uuid) {
        return inventory.topology().node().stream().filter(n -> n.uuid().equals(uuid)).map(Node::name)
                .map(names -> names.get(0).value()).findFirst().orElseThrow();
    }

    private ConnectivityServiceEndPoint endPoint(String sipName, int vlan) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan))
                        .build())
                .build();
    }
}
