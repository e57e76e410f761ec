package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.internal.planning.MultipointEthernetPlanner;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Link;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.PortRole;
import org.presto.model.ServiceType;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.spi.BridgeEntry;
import org.presto.spi.BridgeEntry.Member;
import org.presto.spi.BridgeEntry.Role;
import org.presto.store.ServiceRecord;

/**
 * The E-LAN and E-Tree planner alone, on the demo network: one bridge per node of the tree, each end point's port a
 * member on its CE-VLAN, both ends of every tree link members on the service VLAN (and for an E-Tree the leaf VLAN
 * beside it); nothing stored, no device touched.
 */
class MultipointEthernetPlannerTest {
    @TempDir
    Path dir;
    DemoNetworkFixture net;
    MultipointEthernetPlanner planner;

    @BeforeEach
    void start() throws Exception {
        net = new DemoNetworkFixture(dir);
        planner = new MultipointEthernetPlanner(net.inventory, new PathComputerComponent(),
                new RouteRequests(net.inventory, net.store));
    }

    @AfterEach
    void stop() {
        net.close();
    }

    private ServicePlan plan(ServiceType type, long kbps, List<ServiceRecord> existing,
                             ConnectivityServiceEndPoint... ends) {
        ConnectivityRequest request = new ConnectivityRequest(null, List.of(ends), type, null, null, null);
        List<ValidatedEndPoint> validated = RequestValidator.validate(request, net.inventory);
        return planner.plan("svc", validated, request, kbps, Map.of(), new ResourceLedger(existing, net.inventory));
    }

    @Test
    void anELanBridgesEveryNodeOfItsTreeWithTheUnisOnTheirVlansAndTheTrunksOnOne() {
        ServicePlan plan = plan(ServiceType.MULTIPOINT_CONNECTIVITY, 0, List.of(),
                net.endPoint("pe1-uni-1", 10, null), net.endPoint("pe4-uni-1", 20, null),
                net.endPoint("pe6-uni-1", 30, null));
        Set<String> bridged = new HashSet<>();
        for (BridgeEntry bridge : plan.bridges) {
            assertTrue(bridged.add(bridge.nodeId()), "one bridge per node");
            assertEquals("svc", bridge.serviceId());
        }
        assertTrue(bridged.containsAll(Set.of(net.node("pe1"), net.node("pe4"), net.node("pe6"))), "every end's node");
        assertEquals(new Member(net.nep("pe1-uni-1"), 10, Role.ROOT, 0), member(plan, net.nep("pe1-uni-1")));
        assertEquals(new Member(net.nep("pe4-uni-1"), 20, Role.ROOT, 0), member(plan, net.nep("pe4-uni-1")));
        assertEquals(new Member(net.nep("pe6-uni-1"), 30, Role.ROOT, 0), member(plan, net.nep("pe6-uni-1")));

        List<Member> trunks = plan.bridges.stream().flatMap(b -> b.members().stream())
                .filter(m -> !Set.of(net.nep("pe1-uni-1"), net.nep("pe4-uni-1"), net.nep("pe6-uni-1"))
                        .contains(m.port())).toList();
        assertEquals(2 * (bridged.size() - 1), trunks.size(), "a tree of n nodes has n - 1 links, two ends each");
        for (Member trunk : trunks) {
            assertEquals(VlanAllocator.FIRST_SERVICE_VLAN, trunk.vlan(), "one service VLAN, the first free");
            Link link = net.inventory.linkAt(trunk.port()).orElseThrow();
            for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
                assertTrue(bridged.contains(end.nodeId()), "the link joins two bridged nodes");
                member(plan, end.ownedNodeEdgePointId());
            }
        }
        assertEquals(List.copyOf(plan.bridges), plan.changes(), "bridges only, no cross-connects");
        assertEquals(List.of(), plan.entries);
    }

    @Test
    void anETreeMarksItsLeavesAndCarriesThemOnALeafVlanBesideTheServiceVlan() {
        ServicePlan plan = plan(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY, 0, List.of(),
                net.endPoint("pe1-uni-1", 10, PortRole.ROOT), net.endPoint("pe4-uni-1", 20, PortRole.LEAF),
                net.endPoint("pe6-uni-1", 30, PortRole.LEAF));
        assertEquals(Role.ROOT, member(plan, net.nep("pe1-uni-1")).role());
        assertEquals(Role.LEAF, member(plan, net.nep("pe4-uni-1")).role());
        assertEquals(Role.LEAF, member(plan, net.nep("pe6-uni-1")).role());
        List<Member> trunks = plan.bridges.stream().flatMap(b -> b.members().stream())
                .filter(m -> m.role() == Role.TRUNK).toList();
        assertTrue(!trunks.isEmpty(), "the ends are on different nodes");
        for (Member trunk : trunks) {
            assertEquals(VlanAllocator.FIRST_SERVICE_VLAN, trunk.vlan());
            assertNotEquals(trunk.vlan(), trunk.leafVlan(), "the leaves' frames on a VLAN of their own");
            assertEquals(trunks.get(0).leafVlan(), trunk.leafVlan(), "one leaf VLAN on every trunk");
        }
        assertTrue(plan.bridges.stream().allMatch(BridgeEntry::rooted));
    }

    @Test
    void endPointsAllOnOneNodeAreOneBridgeWithoutTrunks() {
        ServicePlan plan = plan(ServiceType.MULTIPOINT_CONNECTIVITY, 0, List.of(),
                net.endPoint("pe1-uni-1", 10, null), net.endPoint("pe1-uni-2", 11, null));
        assertEquals(1, plan.bridges.size());
        assertEquals(Set.of(net.nep("pe1-uni-1"), net.nep("pe1-uni-2")), Set.copyOf(plan.bridges.get(0).ports()));
    }

    @Test
    void theServiceVlanIsOneFreeOnEveryTrunkOfTheTree() {
        ServicePlan free = plan(ServiceType.MULTIPOINT_CONNECTIVITY, 0, List.of(),
                net.endPoint("pe1-uni-1", 10, null), net.endPoint("pe4-uni-1", 20, null));
        String node = net.node("pe1");
        Member trunk = free.bridges.stream().filter(b -> b.nodeId().equals(node)).flatMap(b -> b.members().stream())
                .filter(m -> m.vlan() == VlanAllocator.FIRST_SERVICE_VLAN).findFirst().orElseThrow();
        // another service holds the first service VLAN on pe1's trunk of the tree
        ServiceRecord other = ServiceRecord.of(org.presto.model.ConnectivityServiceBuilder.builder().uuid("other")
                .build(), List.of(), List.of(new BridgeEntry("other", node, List.of(new Member(trunk.port(),
                        VlanAllocator.FIRST_SERVICE_VLAN), new Member(net.nep("pe1-uni-2"), 5)))));
        ServicePlan taken = plan(ServiceType.MULTIPOINT_CONNECTIVITY, 0, List.of(other),
                net.endPoint("pe1-uni-1", 10, null), net.endPoint("pe4-uni-1", 20, null));
        assertTrue(taken.bridges.stream().flatMap(b -> b.members().stream())
                .filter(m -> !m.port().equals(net.nep("pe1-uni-1")) && !m.port().equals(net.nep("pe4-uni-1")))
                .allMatch(m -> m.vlan() > VlanAllocator.FIRST_SERVICE_VLAN), "a VLAN free on every trunk");
    }

    @Test
    void noTreeWithTheCapacityIsAConflictSayingWhy() {
        PrestoException none = assertThrows(PrestoException.class, () -> plan(ServiceType.MULTIPOINT_CONNECTIVITY,
                200_000_000, List.of(), net.endPoint("pe1-uni-1", 10, null), net.endPoint("pe4-uni-1", 20, null)));
        assertEquals(Reason.CONFLICT, none.reason(), none.getMessage());
        assertTrue(none.tag() != null && !none.tag().isBlank(), "the cause as a machine-readable tag");
    }

    private static Member member(ServicePlan plan, String port) {
        return plan.bridges.stream().flatMap(b -> b.members().stream()).filter(m -> m.port().equals(port))
                .findFirst().orElseThrow(() -> new AssertionError("no member on port " + port));
    }
}
