package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.DriverStatus;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints.Diversity;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.activation.DeviceQueues;
import org.presto.core.internal.inventory.ConnectionEndPoints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.model.Capacity;
import org.presto.model.CapacityUnit;
import org.presto.model.CapacityValue;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.DiversityPolicy;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LifecycleState;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.OperationalState;
import org.presto.model.ProtectionRole;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;
import org.presto.model.Topology;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.Waypoint;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UniPolicy;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.internal.JdbcPrestoStore;

/** The core with the real emulator, H2 store and PCE wired by hand as DS would wire them. */
class ServiceLifecycleTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private EmulatedEms emulator;
    private Inventory inventory;
    private ServiceLifecycle connectivity;
    /** The database, as a restarted Presto finds it. */
    private JdbcPrestoStore database;
    /** The store as the lifecycle writes it, where tests write what a crash leaves. */
    private PrestoStore store;

    @BeforeEach
    void wire() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        database = JdbcPrestoStore.open(pool);
        emulator = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test");
        inventory = new Inventory(database);
        inventory.driverAdded(emulator);
        connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), database);
        store = connectivity.store();
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
        return ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan))
                        .build())
                .build();
    }

    private ConnectivityRequest eLine(String sipA, int vlanA, String sipB, int vlanB) {
        return new ConnectivityRequest(null, List.of(endPoint(sip(sipA), vlanA), endPoint(sip(sipB), vlanB)), null,
                null, null);
    }

    private List<ForwardingEntry> allEntries() throws Exception {
        List<ForwardingEntry> all = new java.util.ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(ReadBack.of(emulator, node.uuid(), ForwardingEntry.class));
        }
        return all;
    }

    private String node(String name) {
        return inventory.node(name).orElseThrow().uuid();
    }

    private String port(String nodeName, String portName) {
        return inventory.node(nodeName).orElseThrow().ownedNodeEdgePoint().stream()
                .filter(nep -> nep.name().get(0).value().equals(nodeName + "/" + portName)).findFirst().orElseThrow()
                .uuid();
    }

    @Test
    void createConfiguresEveryNodeOnTheRouteAndDeleteClearsThem() throws Exception {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe3-uni-1", 300));
        assertEquals(LifecycleState.INSTALLED, service.lifecycleState());
        assertEquals(OperationalState.ENABLED, service.operationalState());
        String id = service.uuid();
        // cheapest route by cost: pe1 -120- pe2 -80- pe3; CE-VLANs translated to service VLAN 2 on the trunks
        assertEquals(List.of(
                new ForwardingEntry(id, node("pe1"), port("pe1", "uni-1"), 100, port("pe1", "trunk-pe2"), 2),
                new ForwardingEntry(id, node("pe2"), port("pe2", "trunk-pe1"), 2, port("pe2", "trunk-pe3"), 2),
                new ForwardingEntry(id, node("pe3"), port("pe3", "trunk-pe2"), 2, port("pe3", "uni-1"), 300)),
                allEntries());
        List<Connection> connections = connectivity.connections(id);
        assertEquals(4, connections.size(), "one connection per node plus the end-to-end one");
        assertEquals(connections.subList(1, 4).stream().map(Connection::uuid).toList(),
                connections.get(0).lowerConnection());
        assertEquals(6, connections.get(0).route().get(0).connectionEndPoint().size());
        Topology withCeps = ConnectionEndPoints.placed(inventory.topology(), connectivity.connections());
        java.util.Set<String> placed = new java.util.HashSet<>();
        withCeps.node().forEach(n -> n.ownedNodeEdgePoint().forEach(nep -> nep.connectionEndPoint()
                .forEach(cep -> placed.add(cep.uuid()))));
        assertEquals(java.util.Set.copyOf(connections.get(0).route().get(0).connectionEndPoint()), placed,
                "every route CEP is listed under its edge point, and nothing else");

        ConnectivityService second = connectivity.create(eLine("pe1-uni-2", 100, "pe3-uni-2", 300));
        String next = second.uuid();
        assertEquals(List.of(
                new ForwardingEntry(next, node("pe1"), port("pe1", "uni-2"), 100, port("pe1", "trunk-pe2"), 3),
                new ForwardingEntry(next, node("pe2"), port("pe2", "trunk-pe1"), 3, port("pe2", "trunk-pe3"), 3),
                new ForwardingEntry(next, node("pe3"), port("pe3", "trunk-pe2"), 3, port("pe3", "uni-2"), 300)),
                allEntries().stream().filter(e -> e.serviceId().equals(next)).toList(),
                "the same CE-VLANs on other UNIs; service VLAN 2 is taken on these trunks, so 3");

        connectivity.delete(id);
        connectivity.delete(second.uuid());
        assertEquals(List.of(), allEntries());
        assertEquals(List.of(), connectivity.services());
    }

    @Test
    void anELanBridgesItsEndPointsOverATreeAndDeleteClearsIt() throws Exception {
        ConnectivityService lan = connectivity.create(eLan(endPoint(sip("pe1-uni-1"), 100),
                endPoint(sip("pe3-uni-1"), 300), endPoint(sip("pe5-uni-1"), 500)));
        assertEquals(ServiceType.MULTIPOINT_CONNECTIVITY, lan.serviceType());
        assertEquals(LifecycleState.INSTALLED, lan.lifecycleState());
        Map<String, BridgeEntry> bridges = new java.util.HashMap<>();
        for (Node node : inventory.topology().node()) {
            ReadBack.of(emulator, node.uuid(), BridgeEntry.class).forEach(b -> bridges.put(node.name().get(0).value(),
                    b));
        }
        assertEquals(Set.of("pe1", "pe2", "pe3", "pe6", "pe5"), bridges.keySet(),
                "the least tree: pe1-pe2-pe3 and pe1-pe6-pe5, 400 km");
        assertEquals(3, bridges.get("pe1").members().size(), "its customer port and two trunks");
        assertTrue(bridges.get("pe1").members().contains(new BridgeEntry.Member(port("pe1", "uni-1"), 100)));
        assertTrue(bridges.get("pe5").members().contains(new BridgeEntry.Member(port("pe5", "uni-1"), 500)));
        assertEquals(5, connectivity.connections(lan.uuid()).size() - 1, "a connection per bridge and the top one");
        assertEquals(3, connectivity.connections(lan.uuid()).get(0).connectionEndPoint().size());

        PrestoException taken = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-1", 100, "pe2-uni-1", 100)));
        assertEquals(Reason.CONFLICT, taken.reason(), "the E-LAN holds CE-VLAN 100 on pe1-uni-1");
        PrestoException bounded = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, List.of(endPoint(sip("pe2-uni-2"), 7), endPoint(sip("pe4-uni-2"), 7),
                        endPoint(sip("pe6-uni-2"), 7)), ServiceType.MULTIPOINT_CONNECTIVITY, null, null,
                        new RouteConstraints(null, null, List.of(new LatencyCharacteristic("max", "1000", null, null,
                                null))))));
        assertEquals(Reason.INVALID_INPUT, bounded.reason());

        connectivity.delete(lan.uuid());
        for (Node node : inventory.topology().node()) {
            assertEquals(List.of(), ReadBack.of(emulator, node.uuid(), BridgeEntry.class));
        }
        assertEquals(List.of(), connectivity.services());
    }

    private ConnectivityRequest eLan(ConnectivityServiceEndPoint... endPoints) {
        return new ConnectivityRequest(null, List.of(endPoints), ServiceType.MULTIPOINT_CONNECTIVITY, null, null);
    }

    @Test
    void theObjectiveChoosesTheRoute() throws Exception {
        ConnectivityService byHops = connectivity.create(new ConnectivityRequest(null,
                List.of(endPoint(sip("pe1-uni-1"), 5), endPoint(sip("pe3-uni-1"), 5)), null, null,
                RouteObjectiveFunction.MIN_WORK_ROUTE_HOP));
        assertEquals(3, allEntries().size(), "two hops either way; pe1-pe2-pe3 is first by node order");
        connectivity.delete(byHops.uuid());
        connectivity.create(new ConnectivityRequest(null,
                List.of(endPoint(sip("pe1-uni-1"), 5), endPoint(sip("pe4-uni-1"), 5)), null, null,
                RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY));
        assertEquals(List.of(node("pe1"), node("pe4")), allEntries().stream().map(ForwardingEntry::nodeId)
                .toList(), "the chord (1000 us) beats the ring (1150 us via pe2 and pe3)");
    }

    @Test
    void refusesWhatItCannotHonourAndChangesNothing() throws Exception {
        List<ConnectivityServiceEndPoint> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        withNull.add(endPoint(sip("pe2-uni-1"), 1));
        assertReason(Reason.INVALID_INPUT, new ConnectivityRequest(null, withNull, null, null, null));
        assertReason(Reason.INVALID_INPUT, new ConnectivityRequest(null, eLine("pe1-uni-1", 1, "pe2-uni-1", 1)
                .endPoints(), null, new Capacity(null, new CapacityValue(3_000_000_000L, CapacityUnit.TBPS)), null));
        assertReason(Reason.INVALID_INPUT, new ConnectivityRequest(null, eLine("pe1-uni-1", 1, "pe2-uni-1", 1)
                .endPoints(), ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY, null, null));
        assertReason(Reason.INVALID_INPUT, new ConnectivityRequest(null, eLine("pe1-uni-1", 1, "pe2-uni-1", 1)
                .endPoints(), null, null, RouteObjectiveFunction.LOAD_BALANCE_MAX_UNUSED_CAPACITY));
        ConnectivityServiceEndPoint withL2cp = endPoint(sip("pe1-uni-1"), 1).with(ep -> ep
                .nrpCarrierEthConnectivityEndPointResource(ep.nrpCarrierEthConnectivityEndPointResource()
                        .withL2cpAddressSet(org.presto.model.L2cpAddressSet.CTB)));
        PrestoException refused = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, List.of(withL2cp, endPoint(sip("pe2-uni-1"), 1)), null,
                        null, null)));
        assertEquals("end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/l2cp-address-set",
                refused.member());
        assertTrue(refused.getMessage().contains("port-based") && refused.getMessage().contains("CTA"),
                "says why and what a VLAN-based service has: " + refused.getMessage());
        assertReason(Reason.INVALID_INPUT, new ConnectivityRequest(null, List.of(endPoint(sip("pe1-uni-1"), 1)
                .withProtectionRole(ProtectionRole.WORK), endPoint(sip("pe2-uni-1"), 1)), null, null, null));
        assertReason(Reason.NOT_FOUND, new ConnectivityRequest(null, List.of(endPoint("nope", 1),
                endPoint(sip("pe2-uni-1"), 1)), null, null, null));
        // a UNI has 10 Gbit/s: 6 + 6 do not fit
        connectivity.create(new ConnectivityRequest(null, eLine("pe1-uni-1", 1, "pe2-uni-1", 1).endPoints(), null,
                Capacity.mbps(6_000), null));
        List<ForwardingEntry> before = allEntries();
        assertReason(Reason.CONFLICT, new ConnectivityRequest(null, eLine("pe1-uni-1", 2, "pe5-uni-1", 2)
                .endPoints(), null, Capacity.mbps(6_000), null));
        assertEquals(before, allEntries());
        assertEquals(1, connectivity.services().size());
    }

    private void assertReason(Reason reason, ConnectivityRequest request) {
        PrestoException e = assertThrows(PrestoException.class, () -> connectivity.create(request));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @Test
    void parallelCreatesOnTheSamePortsNeverShareAVlan() throws Exception {
        int clients = 32;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int vlan = 100 + i % 16; // every CE-VLAN asked twice: exactly one of each pair may win
                results.add(pool.submit(() -> {
                    try {
                        return connectivity.create(eLine("pe1-uni-1", vlan, "pe4-uni-1", vlan)).uuid();
                    } catch (PrestoException e) {
                        assertEquals(Reason.CONFLICT, e.reason());
                        return null;
                    }
                }));
            }
            long created = 0;
            for (var result : results) {
                created += result.get() == null ? 0 : 1;
            }
            assertEquals(16, created);
        } finally {
            pool.shutdown();
        }
        List<ForwardingEntry> entries = allEntries();
        assertEquals(entries.size(), entries.stream().map(e -> e.nodeId() + e.portA() + "#" + e.vlanA())
                .distinct().count(), "no port and VLAN configured twice: " + entries);
        assertEquals(entries.size(), entries.stream().map(e -> e.nodeId() + e.portB() + "#" + e.vlanB())
                .distinct().count(), "no port and VLAN configured twice: " + entries);
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
    void injectedDeviceFaultsLeaveNoConfigurationOfAFailedServiceAndTheStoreMatchingTheDevices() throws Exception {
        emulator.injectFaults(FaultPlan.parse("fail@3"));
        PrestoException create = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10)));
        assertEquals(Reason.DEVICE_FAILURE, create.reason());
        assertTrue(create.getMessage().contains("every change made for the request was undone"), create.getMessage());
        assertEquals(List.of(), allEntries(), "the two nodes configured before the failure are clean again");
        assertEquals(List.of(), connectivity.services());

        emulator.injectFaults(FaultPlan.parse("silent@2"));
        PrestoException silent = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10)));
        assertTrue(silent.getMessage().contains("reading it back does not show it"), silent.getMessage());
        assertEquals(List.of(), allEntries(), "a success reported without the change is caught and undone");
        assertEquals(List.of(), connectivity.services());

        emulator.injectFaults(FaultPlan.NONE);
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10));
        emulator.injectFaults(FaultPlan.parse("fail@2"));
        PrestoException delete = assertThrows(PrestoException.class, () -> connectivity.delete(service.uuid()));
        assertEquals(Reason.DEVICE_FAILURE, delete.reason());
        List<ForwardingEntry> left = allEntries();
        assertEquals(1, left.size(), "the removal that failed left one entry; the others were removed");
        assertEquals(LifecycleState.PENDING_REMOVAL, connectivity.service(service.uuid()).orElseThrow()
                .lifecycleState(), "the service stays, holding what is still on the devices");
        connectivity.delete(service.uuid());
        assertEquals(List.of(), allEntries());
        assertEquals(List.of(), connectivity.services());
    }

    /**
     * With 10 Gbit/s links: A (4 Gbit/s, pe1-pe2-pe3) cannot grow to 6 Gbit/s on pe2-pe3, which B uses for 5. It
     * moves to pe1-pe4-pe3, new route first; when the new route cannot be configured it keeps the old one.
     */
    @Test
    void aCapacityItsRouteCannotCarryMovesTheServiceNewRouteFirst() throws Exception {
        JdbcConnectionPool small = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("small/presto"), "presto",
                "");
        try {
            database = JdbcPrestoStore.open(small);
            emulator = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, 10_000,
                    dir.resolve("small-emulator")), "test");
            inventory = new Inventory(database);
            inventory.driverAdded(emulator);
            connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), database);
            store = connectivity.store();
            ConnectivityService a = connectivity.create(withCapacity(eLine("pe1-uni-1", 10, "pe3-uni-1", 10), 4_000));
            connectivity.create(withCapacity(eLine("pe2-uni-1", 20, "pe3-uni-2", 20), 5_000));
            assertEquals(Set.of(node("pe1"), node("pe2"), node("pe3")), nodesOf(a));
            List<ForwardingEntry> before = allEntries();

            emulator.injectFaults(FaultPlan.parse("fail@1"));
            PrestoException refused = assertThrows(PrestoException.class, () -> connectivity.update(a.uuid(),
                    new ConnectivityUpdate(null, Capacity.mbps(6_000))));
            assertTrue(refused.getMessage().contains("it keeps its route and capacity"), refused.getMessage());
            assertEquals(Set.copyOf(before), Set.copyOf(allEntries()), "back on the old route, nothing else left");
            assertEquals(Set.copyOf(before.stream().filter(e -> e.serviceId().equals(a.uuid())).toList()),
                    Set.copyOf(store.service(a.uuid()).orElseThrow().changes(ForwardingEntry.class)));
            assertEquals(4_000, connectivity.service(a.uuid()).orElseThrow().requestedCapacity().toMbps());

            emulator.injectFaults(FaultPlan.NONE);
            ConnectivityService d = connectivity.create(withCapacity(eLine("pe1-uni-1", 50, "pe2-uni-2", 50), 100));
            PrestoException vlanTaken = assertThrows(PrestoException.class, () -> connectivity.update(a.uuid(),
                    new ConnectivityUpdate(endPoint(null, 50).withLocalId("ep-1"), Capacity.mbps(6_000))));
            assertEquals(Reason.CONFLICT, vlanTaken.reason());
            assertEquals(Set.of(node("pe1"), node("pe2"), node("pe3")), nodesOf(a), "refused before moving");
            connectivity.delete(d.uuid());
            ConnectivityService moved = connectivity.update(a.uuid(), new ConnectivityUpdate(null,
                    Capacity.mbps(6_000)));
            assertTrue(connectivity.connections(a.uuid()).stream()
                    .allMatch(c -> c.lifecycleState() == LifecycleState.INSTALLED), "the new connections too");
            assertEquals(6_000, moved.requestedCapacity().toMbps());
            assertEquals(Set.of(node("pe1"), node("pe4"), node("pe3")), nodesOf(moved), "over the chord");
            assertEquals(Set.copyOf(store.service(a.uuid()).orElseThrow().changes(ForwardingEntry.class)),
                    allEntries().stream().filter(e -> e.serviceId().equals(a.uuid()))
                            .collect(java.util.stream.Collectors.toSet()), "the store matches the devices");
            PrestoException tooMuch = assertThrows(PrestoException.class, () -> connectivity.update(a.uuid(),
                    new ConnectivityUpdate(null, Capacity.mbps(10_001))));
            assertEquals(Reason.CONFLICT, tooMuch.reason(), "more than the SIP has");
        } finally {
            small.dispose();
        }
    }

    private static ConnectivityRequest withCapacity(ConnectivityRequest request, long mbps) {
        return new ConnectivityRequest(null, request.endPoints(), null, Capacity.mbps(mbps), null);
    }

    /**
     * A device that answers after the timeout: the request fails and undoes everything; the late device's undo is
     * queued behind its late operation, so it ends clean, and until then the service holds exactly that change.
     */
    @Test
    void aDeviceThatAnswersTooLateIsUndoneAfterItAndTheStoreSaysSoMeanwhile() throws Exception {
        ServiceLifecycle impatient = new ServiceLifecycle(inventory, new PathComputerComponent(), database,
                SpectrumPlanning.DEFAULT, new DeviceQueues(4, java.time.Duration.ofMillis(300)));
        emulator.injectFaults(FaultPlan.parse("hang@2:1500"));
        PrestoException late = assertThrows(PrestoException.class,
                () -> impatient.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10)));
        assertEquals(Reason.DEVICE_FAILURE, late.reason());
        assertTrue(late.getMessage().contains("did not answer within 300 ms"), late.getMessage());
        ServiceRecord left = database.services().get(0);
        assertEquals(LifecycleState.PENDING_REMOVAL, left.service().lifecycleState());
        assertEquals(1, left.changes(ForwardingEntry.class).size(),
                "the late change may still be made: it stays recorded");
        // recovery reads back on the device's queue: behind the late install and its undo, so it waits them out
        long deadline = System.currentTimeMillis() + 10_000;
        int reconciled = 0;
        while (reconciled == 0 && System.currentTimeMillis() < deadline) {
            reconciled = impatient.recoverUnfinished();
        }
        assertEquals(1, reconciled);
        assertEquals(List.of(), allEntries(), "the undo ran after the late install");
        assertEquals(List.of(), database.services());
    }

    /** A crash in the middle of a CE-VLAN change: the service is put back as it was before the update. */
    @Test
    void anInterruptedUpdateIsPutBackAsItWas() throws Exception {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe3-uni-1", 300));
        ServiceRecord record = store.service(service.uuid()).orElseThrow();
        ForwardingEntry old = record.changes(ForwardingEntry.class).get(0);
        ForwardingEntry replacement = new ForwardingEntry(old.serviceId(), old.nodeId(), old.portA(), 101,
                old.portB(), old.vlanB());
        List<ForwardingEntry> both = new java.util.ArrayList<>(record.changes(ForwardingEntry.class));
        both.add(replacement);
        store.saveService(record.with(record.service(), record.connections(), both)
                .updatingFrom(record.changes(ForwardingEntry.class)));
        emulator.remove(old);
        emulator.install(replacement);

        assertEquals(1, connectivity.recoverUnfinished());
        assertEquals(Set.copyOf(record.changes(ForwardingEntry.class)), Set.copyOf(allEntries()),
                "the old CE-VLAN again");
        ServiceRecord after = store.service(service.uuid()).orElseThrow();
        assertEquals(record.changes(ForwardingEntry.class), after.changes(ForwardingEntry.class));
        assertTrue(!after.updating());
        assertEquals(LifecycleState.INSTALLED, after.service().lifecycleState());
        assertEquals(0, connectivity.recoverUnfinished(), "nothing left to reconcile");
    }

    /**
     * A crash after journaling: the record says PLANNED (or PENDING_REMOVAL), the devices hold part of it. On start
     * and when drivers arrive, the interrupted service is reconciled with the devices read back: rolled back.
     */
    @Test
    void anInterruptedServiceIsRolledBackFromTheJournalOnceItsDriversArePresent() throws Exception {
        ConnectivityService created = connectivity.create(eLine("pe1-uni-1", 10, "pe3-uni-1", 10));
        ServiceRecord record = database.service(created.uuid()).orElseThrow();
        database.saveService(record.withService(record.service().withStates(OperationalState.ENABLED,
                LifecycleState.PLANNED)));
        emulator.remove(record.changes(ForwardingEntry.class).get(2));
        ConnectivityService removing = connectivity.create(eLine("pe1-uni-2", 20, "pe3-uni-2", 20));
        ServiceRecord second = database.service(removing.uuid()).orElseThrow();
        database.saveService(second.withService(second.service().withStates(OperationalState.ENABLED,
                LifecycleState.PENDING_REMOVAL)));
        assertEquals(5, allEntries().size(), "as a crash left them: two of the first, three of the second");

        Inventory restarted = new Inventory(database);
        ServiceLifecycle afterRestart = new ServiceLifecycle(restarted, new PathComputerComponent(), database);
        assertEquals(0, afterRestart.recoverUnfinished(), "the driver is not back yet: nothing can be checked");
        assertEquals(2, database.services().size());
        restarted.driverAdded(emulator);
        emulator.injectFaults(FaultPlan.parse("fail@1"));
        assertEquals(1, afterRestart.recoverUnfinished(), "one removal failed: that service waits for a retry");
        assertEquals(1, database.services().size());
        assertEquals(LifecycleState.PENDING_REMOVAL, database.services().get(0).service().lifecycleState());
        assertEquals(1, database.services().get(0).changes(ForwardingEntry.class).size(),
                "holding exactly what is left");
        assertEquals(1, afterRestart.recoverUnfinished());
        assertEquals(List.of(), allEntries());
        assertEquals(List.of(), database.services());
    }

    @Test
    void theRouteKeepsClearOfExcludedNodesAndWithinTheLatencyBound() throws Exception {
        ConnectivityRequest plain = eLine("pe1-uni-1", 100, "pe3-uni-1", 300);
        ConnectivityService avoiding = connectivity.create(new ConnectivityRequest(null, plain.endPoints(), null, null,
                null, new RouteConstraints(Set.of(node("pe2")), null, null)));
        assertEquals(Set.of(node("pe1"), node("pe4"), node("pe3")), allEntries().stream()
                .map(ForwardingEntry::nodeId).collect(java.util.stream.Collectors.toSet()),
                "pe2 excluded: the next cheapest route is over the chord");
        assertEquals(3, allEntries().size());
        connectivity.delete(avoiding.uuid());

        PrestoException tooSlow = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, plain.endPoints(), null, null, null, new RouteConstraints(null, null,
                        List.of(new LatencyCharacteristic("max", "900", null, null, null))))));
        assertEquals(Reason.CONFLICT, tooSlow.reason());
        assertEquals("latency-exceeded", tooSlow.tag());
        connectivity.create(new ConnectivityRequest(null, plain.endPoints(), null, null, null,
                new RouteConstraints(null, null, List.of(new LatencyCharacteristic("max", "1000", null, null, null)))));
        assertEquals(3, allEntries().size(), "pe1-pe2-pe3 takes 1000 us");

        PrestoException unknown = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, eLine("pe1-uni-2", 5, "pe3-uni-2", 5).endPoints(), null, null, null,
                        new RouteConstraints(Set.of("no-such-node"), null, null))));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
    }

    @Test
    void theRoutePassesWaypointsInOrder() throws Exception {
        ConnectivityRequest plain = eLine("pe1-uni-1", 100, "pe3-uni-1", 300);
        ConnectivityService service = connectivity.create(new ConnectivityRequest(null, plain.endPoints(), null,
                null, null, new RouteConstraints(null, null, null, List.of(Waypoint.node(node("pe4"))), null, null,
                null)));
        assertEquals(Set.of(node("pe1"), node("pe4"), node("pe3")), nodesOf(service),
                "over the chord to pe4, then to pe3: 350 km, not the 200 km via pe2");
        assertEquals(List.of(node("pe4")), service.includeNode().stream().map(n -> n.nodeId()).toList(),
                "the service keeps what its route was asked to pass");

        PrestoException unknown = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, eLine("pe1-uni-2", 5, "pe3-uni-2", 5).endPoints(), null, null, null,
                        new RouteConstraints(null, null, null, List.of(Waypoint.link("no-such-link")), null, null,
                                null))));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
        assertEquals("topo-constraint/include-link", unknown.member());
    }

    @Test
    void aRouteDiverseFromAServiceAvoidsItsLinksOrItsNodes() throws Exception {
        ConnectivityService chord = connectivity.create(eLine("pe1-uni-1", 100, "pe4-uni-1", 100));
        Diversity linkDiverse = new Diversity(DiversityPolicy.LINK, List.of(chord.uuid()));
        ConnectivityService other = connectivity.create(new ConnectivityRequest(null,
                eLine("pe2-uni-1", 200, "pe5-uni-1", 200).endPoints(), null, null, null,
                new RouteConstraints(null, null, null, null, null, null, linkDiverse)));
        assertEquals(Set.of(node("pe2"), node("pe3"), node("pe4"), node("pe5")), nodesOf(other),
                "the least route pe2-pe3-pe4-pe5 shares no link with the chord");
        connectivity.delete(other.uuid());

        Diversity nodeDiverse = new Diversity(DiversityPolicy.NODE, List.of(chord.uuid()));
        PrestoException noRoute = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, eLine("pe2-uni-1", 200, "pe5-uni-1", 200).endPoints(), null, null, null,
                        new RouteConstraints(null, null, null, null, null, null, nodeDiverse))));
        assertEquals(Reason.CONFLICT, noRoute.reason(), "pe1 and pe4 cut the ring between pe2 and pe5");
        assertEquals("no-path", noRoute.tag());

        PrestoException unknown = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, eLine("pe2-uni-1", 200, "pe5-uni-1", 200).endPoints(), null, null, null,
                        new RouteConstraints(null, null, null, null, null, null,
                                new Diversity(DiversityPolicy.LINK, List.of("no-such-service"))))));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
        PrestoException policy = assertThrows(PrestoException.class, () -> connectivity.create(
                new ConnectivityRequest(null, eLine("pe2-uni-1", 200, "pe5-uni-1", 200).endPoints(), null, null, null,
                        new RouteConstraints(null, null, null, null, null, null,
                                new Diversity(DiversityPolicy.SNG, List.of(chord.uuid()))))));
        assertEquals(Reason.INVALID_INPUT, policy.reason());
        assertEquals(List.of(chord.uuid()), connectivity.services().stream().map(ConnectivityService::uuid).toList());
    }

    private java.util.Set<String> nodesOf(ConnectivityService service) throws Exception {
        return allEntries().stream().filter(e -> e.serviceId().equals(service.uuid())).map(ForwardingEntry::nodeId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anUpdateMovesAnEndPointToAnotherCeVlanOnItsEdgeNode() throws Exception {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe3-uni-1", 300));
        String id = service.uuid();
        ConnectivityService updated = connectivity.update(id, new ConnectivityUpdate(
                endPoint(null, 101).withLocalId("ep-1"), Capacity.mbps(50)));
        assertEquals(101, updated.endPoint().get(0).ceVlanIds().get(0).vlanId());
        assertEquals(50, updated.requestedCapacity().toMbps());
        // policed at the new capacity, 50 Mbit/s
        assertTrue(allEntries().contains(new ForwardingEntry(id, node("pe1"), port("pe1", "uni-1"), 101,
                port("pe1", "trunk-pe2"), 2, Map.of(port("pe1", "uni-1"),
                UniPolicy.committed(50_000_000)))), allEntries().toString());
        assertEquals(3, allEntries().size());
        assertEquals(updated, connectivity.service(id).orElseThrow());

        // the CE-VLAN is another service's: refused, nothing changes
        connectivity.create(eLine("pe1-uni-1", 102, "pe2-uni-1", 102));
        List<ForwardingEntry> before = allEntries();
        assertReasonOfUpdate(Reason.CONFLICT, id, new ConnectivityUpdate(endPoint(null, 102).withLocalId("ep-1"),
                null));
        assertReasonOfUpdate(Reason.CONFLICT, id, new ConnectivityUpdate(null, Capacity.mbps(20_000)));
        assertReasonOfUpdate(Reason.NOT_FOUND, id, new ConnectivityUpdate(endPoint(null, 5).withLocalId("ep-9"),
                null));
        assertReasonOfUpdate(Reason.NOT_FOUND, "no-such-service", new ConnectivityUpdate(null, Capacity.mbps(1)));
        assertEquals(before, allEntries());
        assertEquals(updated, connectivity.service(id).orElseThrow());

        // the edge device refuses the new entry: the old one is put back
        emulator.install(new ForwardingEntry("intruder", node("pe1"), port("pe1", "uni-1"), 103,
                port("pe1", "uni-2"), 999));
        PrestoException refused = assertThrows(PrestoException.class, () -> connectivity.update(id,
                new ConnectivityUpdate(endPoint(null, 103).withLocalId("ep-1"), null)));
        assertEquals(Reason.DEVICE_FAILURE, refused.reason());
        assertTrue(allEntries().contains(new ForwardingEntry(id, node("pe1"), port("pe1", "uni-1"), 101,
                port("pe1", "trunk-pe2"), 2, Map.of(port("pe1", "uni-1"),
                UniPolicy.committed(50_000_000)))));
        assertEquals(updated, connectivity.service(id).orElseThrow());
        assertEquals(3, store.service(id).orElseThrow().changes(ForwardingEntry.class).size());
    }

    private void assertReasonOfUpdate(Reason reason, String service, ConnectivityUpdate update) {
        PrestoException e = assertThrows(PrestoException.class, () -> connectivity.update(service, update));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @Test
    void nodesOfAnAbsentDriverAreDisabledAndRefusedUntilItReturns() {
        ConnectivityService service = connectivity.create(eLine("pe1-uni-1", 100, "pe2-uni-1", 100));
        inventory.driverRemoved(emulator);
        assertTrue(inventory.topology().node().stream()
                .allMatch(n -> n.operationalState() == OperationalState.DISABLED));
        assertEquals(OperationalState.DISABLED, connectivity.service(service.uuid()).orElseThrow()
                .operationalState());
        PrestoException e = assertThrows(PrestoException.class,
                () -> connectivity.create(eLine("pe1-uni-2", 7, "pe2-uni-2", 7)));
        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertEquals(DriverStatus.State.ABSENT, inventory.drivers().get(0).state());

        inventory.driverAdded(emulator);
        assertEquals(OperationalState.ENABLED, connectivity.service(service.uuid()).orElseThrow()
                .operationalState());
        connectivity.create(eLine("pe1-uni-2", 7, "pe2-uni-2", 7));
    }
}
