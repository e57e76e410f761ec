package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumRequest.SpectrumPolicy;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
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
        emulator = new EmulatedEms(new EmulatorSettings("lab", DocsExamples.metroOptical().toString(), dir, 2,
                10_000, 100_000, dir.resolve("emulator")), "test");
        inventory = new Inventory(JdbcPrestoStore.open(pool));
        inventory.driverAdded(emulator);
        connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), JdbcPrestoStore.open(pool));
    }

    @AfterEach
    void close() {
        pool.dispose();
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
        assertEquals("end-point[1]/service-interface-point", refused.member());
        assertTrue(refused.getMessage().contains("OTSiA"), refused.getMessage());
        assertEquals(List.of(), entries());
    }

    @Test
    void aPhotonicServiceTakesSpectrumOnEveryRoadmAndGivesItBackWhenDeleted() throws Exception {
        ConnectivityService first = connectivity.create(photonic(null));
        assertEquals(LayerProtocolName.OTSiA, first.layerProtocolName());
        assertEquals(LifecycleState.INSTALLED, first.lifecycleState());
        assertEquals(List.of(channel(first, "roadm-1", 191_325_000, 191_375_000),
                channel(first, "roadm-2", 191_325_000, 191_375_000)), channels(),
                "first fit: the lowest 50 GHz, add to line on roadm-1, line to drop on roadm-2");
        ConnectivityService second = connectivity.create(photonic(Capacity.mbps(400_000)));
        assertEquals(List.of(191_375_000L, 191_450_000L), channels().stream()
                .filter(c -> c.serviceId().equals(second.uuid()) && nodeName(c.nodeId()).equals("roadm-1"))
                .flatMap(c -> java.util.stream.Stream.of(c.lowerFrequencyMhz(), c.upperFrequencyMhz())).toList(),
                "400 Gbit/s in the next 75 GHz");
        connectivity.delete(first.uuid());
        ConnectivityService third = connectivity.create(photonic(Capacity.mbps(100_000)));
        assertTrue(channels().contains(channel(third, "roadm-1", 191_325_000, 191_375_000)),
                "the spectrum the deleted service held is free again");
        assertEquals(List.of(), entries(), "no Ethernet configuration");

        PrestoException vlan = assertThrows(PrestoException.class, () -> connectivity.create(new ConnectivityRequest(
                null, List.of(endPoint("roadm-1-add-1", 100), endPoint("roadm-2-add-1", 100)), null, null, null)));
        assertEquals("end-point[0]/nrp-carrier-eth-connectivity-end-point-resource", vlan.member());
        PrestoException update = assertThrows(PrestoException.class, () -> connectivity.update(third.uuid(),
                new org.presto.core.ConnectivityUpdate(endPoint("roadm-1-add-1", 100), null)));
        assertEquals(Reason.INVALID_INPUT, update.reason());
    }

    @Test
    void aPhotonicServiceGetsAWiderChannelBesideItsOldOneThenTheOldOneGoes() throws Exception {
        ConnectivityService service = connectivity.create(photonic(Capacity.mbps(100_000)));
        ConnectivityService wider = connectivity.update(service.uuid(), new org.presto.core.ConnectivityUpdate(null,
                Capacity.mbps(200_000)));
        assertEquals(200_000_000L, wider.requestedCapacity().toKbps());
        assertEquals(List.of(channel(service, "roadm-1", 191_375_000, 191_437_500),
                channel(service, "roadm-2", 191_375_000, 191_437_500)), channels(),
                "62.5 GHz next to the old 50 GHz, which is gone");
        connectivity.update(service.uuid(), new org.presto.core.ConnectivityUpdate(null, Capacity.mbps(150_000)));
        assertEquals(List.of(channel(service, "roadm-1", 191_375_000, 191_437_500),
                channel(service, "roadm-2", 191_375_000, 191_437_500)), channels(), "the same width: same channel");
        assertEquals(150_000_000L, connectivity.service(service.uuid()).orElseThrow().requestedCapacity().toKbps());
        assertEquals(Set.copyOf(channels()), Set.copyOf(JdbcPrestoStore.open(pool).service(service.uuid())
                .orElseThrow().changes(MediaChannelEntry.class)));

        while (true) {
            try {
                connectivity.create(photonic(Capacity.mbps(800_000)));
            } catch (PrestoException e) {
                break;
            }
        }
        List<MediaChannelEntry> full = channels();
        PrestoException noRoom = assertThrows(PrestoException.class, () -> connectivity.update(service.uuid(),
                new org.presto.core.ConnectivityUpdate(null, Capacity.mbps(800_000))));
        assertEquals("no-spectrum", noRoom.tag(), noRoom.getMessage());
        assertEquals(full, channels(), "nothing changed");
        assertEquals(150_000_000L, connectivity.service(service.uuid()).orElseThrow().requestedCapacity().toKbps());
    }

    @Test
    void whenTheBandIsFullThereIsNoSpectrumAndNothingIsConfigured() throws Exception {
        int created = 0;
        while (true) {
            try {
                connectivity.create(photonic(Capacity.mbps(800_000)));
                created++;
            } catch (PrestoException e) {
                assertEquals(Reason.CONFLICT, e.reason(), e.getMessage());
                assertEquals("no-spectrum", e.tag(), e.getMessage());
                break;
            }
        }
        assertEquals(42, created, "384 slots of 12.5 GHz hold 42 channels of 112.5 GHz");
        assertEquals(2 * 42, channels().size());

        ServiceLifecycle fixedGrid = new ServiceLifecycle(inventory, new PathComputerComponent(),
                JdbcPrestoStore.open(pool), new SpectrumPlanning(SpectrumGrid.FIXED_50_GHZ, SpectrumPolicy.FIRST_FIT));
        PrestoException wide = assertThrows(PrestoException.class, () -> fixedGrid.create(
                photonic(Capacity.mbps(400_000))));
        assertEquals("conn-constraint/requested-capacity", wide.member());
    }

    private ConnectivityRequest photonic(Capacity capacity) {
        return new ConnectivityRequest(null, List.of(sipEndPoint("roadm-1-add-1"), sipEndPoint("roadm-2-add-1")),
                null, capacity, null);
    }

    private MediaChannelEntry channel(ConnectivityService service, String roadm, long lower, long upper) {
        Node node = inventory.node(roadm).orElseThrow();
        String line = node.ownedNodeEdgePoint().get(0).uuid();
        String add = node.ownedNodeEdgePoint().get(1).uuid();
        return roadm.equals("roadm-1") ? new MediaChannelEntry(service.uuid(), node.uuid(), add, line, lower, upper)
                : new MediaChannelEntry(service.uuid(), node.uuid(), line, add, lower, upper);
    }

    private List<MediaChannelEntry> channels() throws Exception {
        List<MediaChannelEntry> all = new java.util.ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(ReadBack.of(emulator, node.uuid(), MediaChannelEntry.class));
        }
        return all;
    }

    private ConnectivityServiceEndPoint sipEndPoint(String sipName) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return ConnectivityServiceEndPointBuilder.builder().serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .build();
    }

    private List<ForwardingEntry> entries() throws Exception {
        List<ForwardingEntry> all = new java.util.ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(ReadBack.of(emulator, node.uuid(), ForwardingEntry.class));
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
