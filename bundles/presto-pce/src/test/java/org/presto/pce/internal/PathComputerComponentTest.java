package org.presto.pce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.Node;
import org.presto.model.NodeBuilder;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.pce.SpectrumRequest;
import org.presto.pce.SpectrumResult;
import org.presto.pce.SpectrumSlice;
import org.presto.pce.Waypoint;

class PathComputerComponentTest {
    private final PathComputerComponent pce = new PathComputerComponent();

    private static Link link(String a, String b, long cost, long latency, long capacity, OperationalState state) {
        return LinkBuilder.builder()
                .uuid(a + "-" + b)
                .nodeEdgePoint(List.of(new OwnedNodeEdgePointRef(null, a, a + ">" + b),
                        new OwnedNodeEdgePointRef(null, b, b + ">" + a)))
                .operationalState(state)
                .availableCapacity(Capacity.mbps(capacity))
                .costCharacteristic(List.of(new CostCharacteristic("cost", Long.toString(cost), null)))
                .latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(latency)))
                .build();
    }

    private static Topology topology(int nodes, List<Link> links) {
        List<Node> list = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            list.add(NodeBuilder.builder().uuid("n" + i).build());
        }
        return TopologyBuilder.builder().uuid("t").node(list).link(links).build();
    }

    /** Ring n0..n5 with a chord n0-n3: by cost the chord wins, by hops too, by latency the ring does. */
    private static Topology ringWithChord() {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            links.add(link("n" + i, "n" + ((i + 1) % 6), 10, 10, 1000, OperationalState.ENABLED));
        }
        links.add(link("n0", "n3", 25, 100, 100, OperationalState.ENABLED));
        return topology(6, links);
    }

    /** The path found, or empty: failing with the cause when the computer says there is none is the caller's choice. */
    private Optional<ComputedPath> path(PathRequest request) {
        PathResult result = pce.shortestPath(request);
        return result instanceof PathResult.Found found ? Optional.of(found.path()) : Optional.empty();
    }

    private PathResult.Cause cause(PathRequest request) {
        return ((PathResult.NotFound) pce.shortestPath(request)).cause();
    }

    /**
     * Waypoints [node X, link A-B]: the three best legs to X all pass A, the end of the link to come; the leg must
     * keep clear of it, or the search finds no loop-free path although S-C-X-B-A-T is one.
     */
    @Test
    void aLegKeepsClearOfTheEndsOfALinkWaypointAhead() {
        List<Link> links = new ArrayList<>();
        for (String[] ends : List.of(new String[] {"s", "a"}, new String[] {"a", "x"}, new String[] {"a", "d"},
                new String[] {"d", "x"}, new String[] {"a", "e"}, new String[] {"e", "x"}, new String[] {"a", "b"},
                new String[] {"x", "b"}, new String[] {"a", "t"})) {
            links.add(link(ends[0], ends[1], 1, 1, 1000, OperationalState.ENABLED));
        }
        links.add(link("s", "c", 5, 1, 1000, OperationalState.ENABLED));
        links.add(link("c", "x", 5, 1, 1000, OperationalState.ENABLED));
        Topology topology = TopologyBuilder.builder().uuid("t")
                .node(java.util.stream.Stream.of("s", "a", "b", "c", "d", "e", "x", "t")
                        .map(id -> NodeBuilder.builder().uuid(id).build()).toList())
                .link(links).build();
        PathConstraints constraints = new PathConstraints(0, null, null, null, null, null, null,
                List.of(Waypoint.node("x"), Waypoint.link("a-b")));
        assertEquals(List.of("s", "c", "x", "b", "a", "t"), path(new PathRequest(topology, "s", "t", null,
                constraints)).orElseThrow().nodeIds());
    }

    @Test
    void spectrumTakenAtTheEndsIsNotAssignedWhateverTheRoute() {
        Topology topology = ringWithChord();
        java.util.BitSet atEnds = new java.util.BitSet();
        atEnds.set(0, 4);
        SpectrumRequest spectrum = new SpectrumRequest(SpectrumGrid.FLEX_12_5_GHZ, 50_000,
                SpectrumRequest.SpectrumPolicy.FIRST_FIT, SpectrumMap.EMPTY, atEnds);
        SpectrumResult result = pce.routeAndAssignSpectrum(new PathRequest(topology, "n0", "n3", null,
                PathConstraints.NONE), spectrum);
        assertEquals(new SpectrumSlice(4, 4), ((SpectrumResult.Assigned) result).slice(),
                "the lowest slice free at the end ports, though every link is empty");
        assertEquals(4, spectrum.takenAtEnds().cardinality(), "the request is not changed by the search");
    }

    @Test
    void saysWhyThereIsNoPath() {
        Topology topology = ringWithChord();
        assertEquals(PathResult.Cause.INSUFFICIENT_BANDWIDTH, cause(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 2_000_000, null)));
        Topology cut = topology(3, List.of(link("n0", "n1", 1, 1, 10, OperationalState.ENABLED),
                link("n1", "n2", 1, 1, 10, OperationalState.DISABLED)));
        assertEquals(PathResult.Cause.NO_PATH, cause(new PathRequest(cut, "n0", "n2",
                RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 2_000_000, null)));
        assertEquals(PathResult.Cause.CONTRADICTORY_CONSTRAINTS, cause(new PathRequest(topology, "n0", "n3",
                null, 0, Set.of("n3"))));
        assertEquals("insufficient-bandwidth", PathResult.Cause.INSUFFICIENT_BANDWIDTH.appTag());
    }

    @Test
    void followsTheObjective() {
        Topology topology = ringWithChord();
        ComputedPath byCost = path(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 0, null)).orElseThrow();
        assertEquals(List.of("n0", "n3"), byCost.nodeIds());
        assertEquals(25, byCost.metric());
        ComputedPath byLatency = path(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY, 0, null)).orElseThrow();
        assertEquals(30, byLatency.metric());
        assertEquals(4, byLatency.nodeIds().size());
        assertEquals(3, byLatency.links().size());
    }

    @Test
    void avoidsExcludedNodesDisabledLinksAndFullLinks() {
        Topology topology = ringWithChord();
        assertEquals(List.of("n0", "n5", "n4", "n3"), path(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY, 0, Set.of("n1"))).orElseThrow().nodeIds());
        assertEquals(4, path(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 500_000, null)).orElseThrow().nodeIds().size());
        assertTrue(path(new PathRequest(topology, "n0", "n3",
                RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 0, Set.of("n1", "n5", "n3"))).isEmpty());
        Topology cut = topology(3, List.of(link("n0", "n1", 1, 1, 10, OperationalState.ENABLED),
                link("n1", "n2", 1, 1, 10, OperationalState.DISABLED)));
        assertTrue(path(new PathRequest(cut, "n0", "n2", null, 0, null)).isEmpty());
    }

    @Test
    void matchesBruteForceOnRandomGraphs() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(7);
            List<Link> links = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextInt(3) == 0) {
                        links.add(link("n" + a, "n" + b, 1 + random.nextInt(20), 1, 100,
                                OperationalState.ENABLED));
                    }
                }
            }
            Topology topology = topology(n, links);
            Optional<ComputedPath> found = path(new PathRequest(topology, "n0", "n" + (n - 1),
                    RouteObjectiveFunction.MIN_WORK_ROUTE_COST, 0, null));
            long best = bruteForce(links, "n0", "n" + (n - 1), new HashSet<>(Set.of("n0")), 0);
            if (best == Long.MAX_VALUE) {
                assertFalse(found.isPresent(), "round " + round);
            } else {
                ComputedPath path = found.orElseThrow();
                assertEquals(best, path.metric(), "round " + round);
                assertEquals(best, path.links().stream().mapToLong(l -> LinkMetrics.weight(l,
                        RouteObjectiveFunction.MIN_WORK_ROUTE_COST)).sum());
                assertEquals(path.nodeIds().size(), new HashSet<>(path.nodeIds()).size(), "simple path");
            }
        }
    }

    private static long bruteForce(List<Link> links, String at, String target, Set<String> visited, long cost) {
        if (at.equals(target)) {
            return cost;
        }
        long best = Long.MAX_VALUE;
        for (Link link : links) {
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            String next = a.equals(at) ? b : b.equals(at) ? a : null;
            if (next != null && visited.add(next)) {
                best = Math.min(best, bruteForce(links, next, target, visited,
                        cost + LinkMetrics.weight(link, RouteObjectiveFunction.MIN_WORK_ROUTE_COST)));
                visited.remove(next);
            }
        }
        return best;
    }
}
