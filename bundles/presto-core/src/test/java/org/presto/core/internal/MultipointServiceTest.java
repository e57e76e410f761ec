package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LifecycleState;
import org.presto.model.OperationalState;
import org.presto.model.PortRole;
import org.presto.model.ServiceType;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.store.ServiceRecord;

/** E-LAN and E-Tree services over the demo network, checked by where their frames go. */
class MultipointServiceTest {
    @TempDir
    Path dir;

    private DemoNetworkFixture net;

    @BeforeEach
    void wire() throws Exception {
        net = new DemoNetworkFixture(dir);
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ConnectivityRequest request(ServiceType type, ConnectivityServiceEndPoint... endPoints) {
        return new ConnectivityRequest(null, List.of(endPoints), type, null, null);
    }

    private BridgedFrames frames() throws Exception {
        return new BridgedFrames(net.bridgesOnDevices(), net.inventory.topology().link());
    }

    @Test
    void anETreeKeepsItsLeavesApartOnEverySwitch() throws Exception {
        ConnectivityService tree = net.connectivity.create(request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe1-uni-2", 101, PortRole.LEAF),
                net.endPoint("pe3-uni-1", 300, PortRole.LEAF), net.endPoint("pe5-uni-1", 500, PortRole.LEAF),
                net.endPoint("pe4-uni-1", 400, PortRole.ROOT)));
        assertEquals(LifecycleState.INSTALLED, tree.lifecycleState());
        assertEquals(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY, tree.serviceType());
        assertEquals(List.of(PortRole.ROOT, PortRole.LEAF, PortRole.LEAF, PortRole.LEAF, PortRole.ROOT),
                tree.endPoint().stream().map(ConnectivityServiceEndPoint::role).toList(), "the roles are kept");
        List<BridgeEntry> bridges = net.bridgesOnDevices();
        assertTrue(bridges.stream().allMatch(BridgeEntry::rooted));
        Set<Integer> trunkVlans = new java.util.HashSet<>();
        bridges.forEach(b -> b.members().stream().filter(m -> m.role() == BridgeEntry.Role.TRUNK)
                .forEach(m -> trunkVlans.add(m.vlan() * 10_000 + m.leafVlan())));
        assertEquals(Set.of(2 * 10_000 + 3), trunkVlans, "every trunk: service VLAN 2, leaf VLAN 3");

        String root1 = net.nep("pe1-uni-1");
        String leaf1 = net.nep("pe1-uni-2");
        String leaf3 = net.nep("pe3-uni-1");
        String leaf5 = net.nep("pe5-uni-1");
        String root4 = net.nep("pe4-uni-1");
        BridgedFrames frames = frames();
        assertEquals(Set.of(leaf1, leaf3, leaf5, root4), frames.reached(root1, 100), "a root reaches everyone");
        assertEquals(Set.of(root1, leaf1, leaf3, leaf5), frames.reached(root4, 400));
        assertEquals(Set.of(root1, root4), frames.reached(leaf1, 101), "a leaf reaches the roots only, even the "
                + "leaf on its own switch is not reached");
        assertEquals(Set.of(root1, root4), frames.reached(leaf3, 300));
        assertEquals(Set.of(root1, root4), frames.reached(leaf5, 500));
        assertEquals(Set.of(), frames.reached(leaf5, 501), "another CE-VLAN is not the service's");

        ConnectivityService line = net.connectivity.create(request(null, net.endPoint("pe2-uni-1", 7, null),
                net.endPoint("pe4-uni-2", 7, null)));
        for (org.presto.spi.ForwardingEntry entry
                : net.store.service(line.uuid()).orElseThrow().changes(ForwardingEntry.class)) {
            for (BridgeEntry bridge : bridges) {
                assertTrue(bridge.members().stream().noneMatch(m -> m.port().equals(entry.portA())
                        && m.uses(entry.vlanA()) || m.port().equals(entry.portB()) && m.uses(entry.vlanB())),
                        "an E-Line beside the tree uses neither of its VLANs on a shared trunk: " + entry);
            }
        }
        net.connectivity.delete(line.uuid());
        net.connectivity.delete(tree.uuid());
        assertEquals(List.of(), net.bridgesOnDevices());
    }

    @Test
    void aBridgeIsItsMembersInAnyOrder() {
        BridgeEntry.Member a = new BridgeEntry.Member("a", 1);
        BridgeEntry.Member b = new BridgeEntry.Member("b", 2, BridgeEntry.Role.LEAF, 0);
        assertEquals(new BridgeEntry("s", "n", List.of(a, b)), new BridgeEntry("s", "n", List.of(b, a)),
                "a bridge stored before members were ordered is the same bridge when planned again");
    }

    @Test
    void anELanReachesEveryEndPoint() throws Exception {
        net.connectivity.create(request(ServiceType.MULTIPOINT_CONNECTIVITY, net.endPoint("pe1-uni-1", 100, null),
                net.endPoint("pe3-uni-1", 300, PortRole.SYMMETRIC), net.endPoint("pe5-uni-1", 500, null)));
        BridgedFrames frames = frames();
        assertEquals(Set.of(net.nep("pe3-uni-1"), net.nep("pe5-uni-1")), frames.reached(net.nep("pe1-uni-1"), 100));
        assertEquals(Set.of(net.nep("pe1-uni-1"), net.nep("pe3-uni-1")), frames.reached(net.nep("pe5-uni-1"), 500));
    }

    @Test
    void refusesAnETreeWithoutRootsOrWithSymmetricEndPoints() {
        assertInvalid("end-point", request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.LEAF), net.endPoint("pe3-uni-1", 300, PortRole.LEAF)));
        assertInvalid("end-point[1]/role", request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe3-uni-1", 300, PortRole.SYMMETRIC)));
        assertInvalid("end-point[0]/role", request(ServiceType.MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe3-uni-1", 300, null)));
        assertEquals(List.of(), net.connectivity.services());
    }

    private ConnectivityService eLan() {
        return net.connectivity.create(request(ServiceType.MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, null).withLocalId("a"), net.endPoint("pe2-uni-1", 200, null)
                        .withLocalId("b"), net.endPoint("pe3-uni-1", 300, null).withLocalId("c")));
    }

    /** The store lists exactly what the devices hold for every service. */
    private void assertStoreMatchesDevices() throws Exception {
        Set<BridgeEntry> stored = new java.util.HashSet<>();
        net.store.services().forEach(r -> stored.addAll(r.changes(BridgeEntry.class)));
        assertEquals(stored, Set.copyOf(net.bridgesOnDevices()));
        assertTrue(net.store.services().stream().noneMatch(ServiceRecord::updating));
    }

    @Test
    void anEndPointJoinsByTheLeastBranchAndLeavesWithItsBranch() throws Exception {
        ConnectivityService lan = eLan();
        Set<String> before = Set.copyOf(net.bridgesOnDevices().stream().map(BridgeEntry::nodeId).toList());
        assertEquals(Set.of(net.node("pe1"), net.node("pe2"), net.node("pe3")), before);

        ConnectivityService grown = net.connectivity.update(lan.uuid(), new ConnectivityUpdate(
                net.endPoint("pe5-uni-1", 500, null).withLocalId("d"), null));
        assertEquals(List.of("a", "b", "c", "d"), grown.endPoint().stream().map(ConnectivityServiceEndPoint::localId)
                .toList());
        assertEquals(OperationalState.ENABLED, grown.operationalState());
        Set<String> nodes = Set.copyOf(net.bridgesOnDevices().stream().map(BridgeEntry::nodeId).toList());
        assertTrue(nodes.containsAll(before) && nodes.contains(net.node("pe5")) && nodes.size() == 5,
                "the tree grew by one branch to pe5, through pe4 or pe6: " + nodes);
        BridgedFrames frames = frames();
        assertEquals(Set.of(net.nep("pe2-uni-1"), net.nep("pe3-uni-1"), net.nep("pe5-uni-1")),
                frames.reached(net.nep("pe1-uni-1"), 100));
        assertEquals(Set.of(net.nep("pe1-uni-1"), net.nep("pe2-uni-1"), net.nep("pe3-uni-1")),
                frames.reached(net.nep("pe5-uni-1"), 500));
        assertEquals(5, net.connectivity.connections(lan.uuid()).size() - 1, "a connection per bridge");
        assertEquals(4, net.connectivity.connections(lan.uuid()).get(0).connectionEndPoint().size());
        assertStoreMatchesDevices();

        net.connectivity.update(lan.uuid(), new ConnectivityUpdate(net.endPoint("pe2-uni-1", 222, null)
                .withLocalId("b"), null));
        assertEquals(Set.of(net.nep("pe3-uni-1"), net.nep("pe5-uni-1"), net.nep("pe1-uni-1")),
                frames().reached(net.nep("pe2-uni-1"), 222), "the new CE-VLAN is the end point's");
        assertEquals(Set.of(), frames().reached(net.nep("pe2-uni-1"), 200));

        ConnectivityService pruned = net.connectivity.removeEndPoint(lan.uuid(), "d");
        assertEquals(List.of("a", "b", "c"), pruned.endPoint().stream().map(ConnectivityServiceEndPoint::localId)
                .toList());
        assertEquals(before, Set.copyOf(net.bridgesOnDevices().stream().map(BridgeEntry::nodeId).toList()),
                "the branch to pe5 is gone");
        assertEquals(Set.of(net.nep("pe2-uni-1"), net.nep("pe3-uni-1")), frames().reached(net.nep("pe1-uni-1"), 100));
        net.connectivity.removeEndPoint(lan.uuid(), "a");
        assertEquals(Set.of(net.node("pe2"), net.node("pe3")), Set.copyOf(net.bridgesOnDevices().stream()
                .map(BridgeEntry::nodeId).toList()));
        assertStoreMatchesDevices();

        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.removeEndPoint(lan.uuid(), "b"));
        assertRefused(Reason.NOT_FOUND, () -> net.connectivity.removeEndPoint(lan.uuid(), "zz"));
        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(
                net.endPoint("pe3-uni-1", 301, null).withLocalId("e"), null)), "a second end point on one SIP");
        ConnectivityService line = net.connectivity.create(request(null, net.endPoint("pe4-uni-1", 40, null),
                net.endPoint("pe6-uni-1", 60, null)));
        assertRefused(Reason.CONFLICT, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(
                net.endPoint("pe4-uni-1", 40, null).withLocalId("e"), null)), "CE-VLAN 40 is the E-Line's there");
        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.removeEndPoint(line.uuid(), "ep-1"));
        assertStoreMatchesDevices();
    }

    @Test
    void anETreeGainsALeafThatReachesOnlyItsRoots() throws Exception {
        ConnectivityService tree = net.connectivity.create(request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT).withLocalId("root"),
                net.endPoint("pe1-uni-2", 101, PortRole.LEAF).withLocalId("leaf")));
        assertTrue(net.bridgesOnDevices().size() == 1, "one switch, no trunk yet");
        net.connectivity.update(tree.uuid(), new ConnectivityUpdate(net.endPoint("pe3-uni-1", 300, PortRole.LEAF)
                .withLocalId("far-leaf"), null));
        BridgedFrames frames = frames();
        assertEquals(Set.of(net.nep("pe1-uni-1")), frames.reached(net.nep("pe3-uni-1"), 300));
        assertEquals(Set.of(net.nep("pe1-uni-1")), frames.reached(net.nep("pe1-uni-2"), 101));
        assertEquals(Set.of(net.nep("pe1-uni-2"), net.nep("pe3-uni-1")), frames.reached(net.nep("pe1-uni-1"), 100));
        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.update(tree.uuid(), new ConnectivityUpdate(
                net.endPoint("pe4-uni-1", 4, null).withLocalId("no-role"), null)));
        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.removeEndPoint(tree.uuid(), "root"),
                "the last root stays");
        assertStoreMatchesDevices();
    }

    @Test
    void aFailedJoinLeavesTheServiceAsItWas() throws Exception {
        ConnectivityService lan = eLan();
        List<BridgeEntry> before = net.bridgesOnDevices();
        ServiceRecord stored = net.store.service(lan.uuid()).orElseThrow();
        for (String fault : List.of("fail@1", "fail@3", "silent@2")) {
            net.emulator.injectFaults(FaultPlan.parse(fault));
            PrestoException failed = assertThrows(PrestoException.class, () -> net.connectivity.update(lan.uuid(),
                    new ConnectivityUpdate(net.endPoint("pe5-uni-1", 500, null).withLocalId("d"), null)));
            net.emulator.injectFaults(FaultPlan.NONE);
            assertEquals(Reason.DEVICE_FAILURE, failed.reason(), failed.getMessage());
            assertEquals(Set.copyOf(before), Set.copyOf(net.bridgesOnDevices()), fault);
            ServiceRecord after = net.store.service(lan.uuid()).orElseThrow();
            assertEquals(stored.service(), after.service(), fault);
            assertEquals(stored.changes(BridgeEntry.class), after.changes(BridgeEntry.class), fault);
            assertEquals(stored.connections(), after.connections(), fault);
            assertStoreMatchesDevices();
        }
    }

    /** A crash after the new bridges were installed and before the old ones went: recovery puts the old ones back. */
    @Test
    void anInterruptedMembershipChangeIsPutBackAsItWas() throws Exception {
        ConnectivityService lan = eLan();
        ServiceRecord record = net.store.service(lan.uuid()).orElseThrow();
        BridgeEntry old = record.changes(BridgeEntry.class).stream().filter(b -> b.nodeId().equals(net.node("pe1")))
                .findFirst().orElseThrow();
        List<BridgeEntry.Member> members = new java.util.ArrayList<>(old.members());
        members.add(new BridgeEntry.Member(net.nep("pe1-uni-2"), 7));
        BridgeEntry grown = new BridgeEntry(old.serviceId(), old.nodeId(), members);
        List<BridgeEntry> both = new java.util.ArrayList<>(record.changes(BridgeEntry.class));
        both.add(grown);
        net.store.saveService(record.holding(both).updatingFrom(record.changes()));
        net.emulator.install(grown);
        net.emulator.remove(old);

        assertEquals(1, net.connectivity.recoverUnfinished());
        assertEquals(Set.copyOf(record.changes(BridgeEntry.class)), Set.copyOf(net.bridgesOnDevices()));
        assertEquals(record.changes(BridgeEntry.class), net.store.service(lan.uuid()).orElseThrow()
                .changes(BridgeEntry.class));
        assertStoreMatchesDevices();
    }

    @Test
    void aLockedServiceIsOffTheDevicesButKeepsItsResources() throws Exception {
        ConnectivityService lan = eLan();
        List<BridgeEntry> configured = net.bridgesOnDevices();
        ConnectivityService locked = net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null, null,
                AdministrativeState.LOCKED));
        assertEquals(AdministrativeState.LOCKED, locked.administrativeState());
        assertEquals(OperationalState.DISABLED, locked.operationalState());
        assertEquals(LifecycleState.INSTALLED, locked.lifecycleState());
        assertEquals(List.of(), net.bridgesOnDevices());
        assertRefused(Reason.CONFLICT, () -> net.connectivity.create(request(null, net.endPoint("pe1-uni-1", 100,
                null), net.endPoint("pe4-uni-1", 100, null))), "CE-VLAN 100 stays reserved");
        assertRefused(Reason.CONFLICT, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(
                net.endPoint("pe5-uni-1", 500, null).withLocalId("d"), null)), "a locked service is not changed");
        assertRefused(Reason.INVALID_INPUT, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(
                net.endPoint("pe5-uni-1", 500, null).withLocalId("d"), null, AdministrativeState.UNLOCKED)));

        net.emulator.injectFaults(FaultPlan.parse("fail@2"));
        assertRefused(Reason.DEVICE_FAILURE, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null,
                null, AdministrativeState.UNLOCKED)));
        net.emulator.injectFaults(FaultPlan.NONE);
        assertEquals(List.of(), net.bridgesOnDevices(), "a failed unlock leaves nothing behind");
        assertEquals(AdministrativeState.LOCKED, net.connectivity.service(lan.uuid()).orElseThrow()
                .administrativeState());

        ConnectivityService unlocked = net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null, null,
                AdministrativeState.UNLOCKED));
        assertEquals(OperationalState.ENABLED, unlocked.operationalState());
        assertEquals(Set.copyOf(configured), Set.copyOf(net.bridgesOnDevices()));

        net.emulator.injectFaults(FaultPlan.parse("fail@2"));
        assertRefused(Reason.DEVICE_FAILURE, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null,
                null, AdministrativeState.LOCKED)));
        net.emulator.injectFaults(FaultPlan.NONE);
        assertEquals(Set.copyOf(configured), Set.copyOf(net.bridgesOnDevices()), "a failed lock is undone");
        assertEquals(AdministrativeState.UNLOCKED, net.connectivity.service(lan.uuid()).orElseThrow()
                .administrativeState());
        net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null, null, AdministrativeState.LOCKED));
        net.connectivity.delete(lan.uuid());
        assertEquals(List.of(), net.connectivity.services(), "a locked service is deleted like any other");
    }

    private static void assertRefused(Reason reason, org.junit.jupiter.api.function.Executable call) {
        assertRefused(reason, call, "");
    }

    private static void assertRefused(Reason reason, org.junit.jupiter.api.function.Executable call, String why) {
        PrestoException refused = assertThrows(PrestoException.class, call, why);
        assertEquals(reason, refused.reason(), why + ": " + refused.getMessage());
    }

    /** Links of 15 Gbit/s: an E-Line of 10 and an E-LAN of 5 fill pe1-pe2. */
    @Test
    void anELanWhoseTreeCannotCarryItsNewCapacityMovesToAnotherTree() throws Exception {
        net.close();
        net = new DemoNetworkFixture(dir.resolve("small"), java.util.function.UnaryOperator.identity(), 15_000);
        ConnectivityService lan = net.connectivity.create(new ConnectivityRequest(null, List.of(
                net.endPoint("pe1-uni-1", 100, null), net.endPoint("pe2-uni-1", 200, null),
                net.endPoint("pe3-uni-1", 300, null)), ServiceType.MULTIPOINT_CONNECTIVITY,
                org.presto.model.Capacity.mbps(5_000), null));
        String pe1pe2 = linkBetween("pe1", "pe2");
        assertTrue(treeLinks(lan).contains(pe1pe2), "the least tree pe1-pe2-pe3");
        net.connectivity.create(new ConnectivityRequest(null, List.of(net.endPoint("pe1-uni-2", 7, null),
                net.endPoint("pe2-uni-2", 7, null)), null, org.presto.model.Capacity.mbps(10_000), null));
        List<BridgeEntry> before = net.bridgesOnDevices().stream().filter(b -> b.serviceId().equals(lan.uuid()))
                .toList();

        net.emulator.injectFaults(FaultPlan.parse("fail@3"));
        assertRefused(Reason.DEVICE_FAILURE, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null,
                org.presto.model.Capacity.mbps(6_000))));
        net.emulator.injectFaults(FaultPlan.NONE);
        assertEquals(Set.copyOf(before), Set.copyOf(net.bridgesOnDevices().stream()
                .filter(b -> b.serviceId().equals(lan.uuid())).toList()), "a failed move puts the old tree back");
        assertEquals(5_000_000L, net.connectivity.service(lan.uuid()).orElseThrow().requestedCapacity().toKbps());
        assertStoreMatchesDevices();

        ConnectivityService moved = net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null,
                org.presto.model.Capacity.mbps(6_000)));
        assertEquals(6_000_000L, moved.requestedCapacity().toKbps());
        assertTrue(!treeLinks(moved).contains(pe1pe2), "off the full link: " + treeLinks(moved));
        BridgedFrames frames = frames();
        assertEquals(Set.of(net.nep("pe2-uni-1"), net.nep("pe3-uni-1")), frames.reached(net.nep("pe1-uni-1"), 100));
        assertEquals(Set.of(net.nep("pe1-uni-1"), net.nep("pe2-uni-1")), frames.reached(net.nep("pe3-uni-1"), 300));
        assertStoreMatchesDevices();
        assertRefused(Reason.CONFLICT, () -> net.connectivity.update(lan.uuid(), new ConnectivityUpdate(null,
                org.presto.model.Capacity.mbps(11_000))), "a customer port has 10 Gbit/s");
    }

    private String linkBetween(String a, String b) {
        return net.inventory.topology().link().stream().filter(link -> link.nodeEdgePoint().stream()
                .map(end -> end.nodeId()).collect(java.util.stream.Collectors.toSet())
                .equals(Set.of(net.node(a), net.node(b)))).findFirst().orElseThrow().uuid();
    }

    private Set<String> treeLinks(ConnectivityService service) throws Exception {
        Set<String> links = new java.util.HashSet<>();
        for (BridgeEntry bridge : net.bridgesOnDevices()) {
            if (bridge.serviceId().equals(service.uuid())) {
                bridge.members().forEach(m -> net.inventory.linkAt(m.port()).ifPresent(l -> links.add(l.uuid())));
            }
        }
        return links;
    }

    private void assertInvalid(String path, ConnectivityRequest request) {
        PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(request));
        assertEquals(Reason.INVALID_INPUT, refused.reason(), refused.getMessage());
        assertEquals(path, refused.member());
    }
}
