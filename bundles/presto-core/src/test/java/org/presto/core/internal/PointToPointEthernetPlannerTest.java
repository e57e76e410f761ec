package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.presto.core.internal.planning.PointToPointEthernetPlanner;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.Link;
import org.presto.spi.ForwardingEntry;
import org.presto.store.ServiceRecord;

/**
 * The E-Line planner alone, on the demo network: one cross-connect per node of the route, CE-VLANs at the UNIs and
 * one service VLAN on every trunk, consecutive entries joined by a link; nothing stored, no device touched.
 */
class PointToPointEthernetPlannerTest {
    @TempDir
    Path dir;
    DemoNetworkFixture net;
    PointToPointEthernetPlanner planner;

    @BeforeEach
    void start() throws Exception {
        net = new DemoNetworkFixture(dir);
        planner = new PointToPointEthernetPlanner(net.inventory, new PathComputerComponent(),
                new RouteRequests(net.inventory, net.store));
    }

    @AfterEach
    void stop() {
        net.close();
    }

    private ServicePlan plan(ConnectivityRequest request, long kbps, List<ServiceRecord> existing) {
        List<ValidatedEndPoint> ends = RequestValidator.validate(request, net.inventory);
        return planner.plan("svc", ends, request, kbps, Map.of(), new ResourceLedger(existing, net.inventory));
    }

    private ConnectivityRequest eLine(String from, int fromVlan, String to, int toVlan) {
        return new ConnectivityRequest(null, List.of(net.endPoint(from, fromVlan, null), net.endPoint(to, toVlan,
                null)), null, null, null);
    }

    @Test
    void aCrossConnectPerNodeWithTheCustomerVlansAtTheEdgesAndOneServiceVlanBetween() {
        ServicePlan plan = plan(eLine("pe1-uni-1", 10, "pe4-uni-1", 20), 0, List.of());
        List<ForwardingEntry> entries = plan.entries;
        assertTrue(entries.size() >= 2, "the route crosses at least the two end points' nodes");
        ForwardingEntry first = entries.get(0);
        ForwardingEntry last = entries.get(entries.size() - 1);
        assertEquals(net.node("pe1"), first.nodeId());
        assertEquals(net.nep("pe1-uni-1"), first.portA());
        assertEquals(10, first.vlanA());
        assertEquals(net.node("pe4"), last.nodeId());
        assertEquals(net.nep("pe4-uni-1"), last.portB());
        assertEquals(20, last.vlanB());
        for (int i = 0; i + 1 < entries.size(); i++) {
            ForwardingEntry out = entries.get(i);
            ForwardingEntry in = entries.get(i + 1);
            assertEquals(VlanAllocator.FIRST_SERVICE_VLAN, out.vlanB(), "nothing is taken: the first service VLAN");
            assertEquals(out.vlanB(), in.vlanA(), "one service VLAN on every trunk");
            Link link = net.inventory.linkAt(out.portB()).orElseThrow();
            assertEquals(Set.of(out.portB(), in.portA()), Set.of(link.nodeEdgePoint().get(0).ownedNodeEdgePointId(),
                    link.nodeEdgePoint().get(1).ownedNodeEdgePointId()), "entry " + i + " and the next meet on a link");
        }
        assertEquals(List.copyOf(entries), plan.changes());
    }

    @Test
    void theServiceVlanIsOneFreeOnEveryTrunkOfTheRoute() {
        ServicePlan free = plan(eLine("pe1-uni-1", 10, "pe4-uni-1", 20), 0, List.of());
        ForwardingEntry firstHop = free.entries.get(0);
        // another service holds the first service VLAN on the route's first trunk
        ServiceRecord other = new ServiceRecord(ConnectivityServiceBuilder.builder().uuid("other").build(), List.of(),
                List.of(new ForwardingEntry("other", firstHop.nodeId(), net.nep("pe1-uni-2"), 5, firstHop.portB(),
                        VlanAllocator.FIRST_SERVICE_VLAN)), 1);
        ServicePlan taken = plan(eLine("pe1-uni-1", 10, "pe4-uni-1", 20), 0, List.of(other));
        assertTrue(taken.entries.get(0).vlanB() > VlanAllocator.FIRST_SERVICE_VLAN, "a VLAN free on every trunk");
    }

    @Test
    void noRouteWithTheCapacityIsAConflictSayingWhy() {
        // 200 Gbit/s: more than any link of the demo network carries
        PrestoException none = assertThrows(PrestoException.class, () -> plan(eLine("pe1-uni-1", 10, "pe4-uni-1",
                20), 200_000_000, List.of()));
        assertEquals(Reason.CONFLICT, none.reason(), none.getMessage());
        assertTrue(none.tag() != null && !none.tag().isBlank(), "the cause as a machine-readable tag");
    }
}
