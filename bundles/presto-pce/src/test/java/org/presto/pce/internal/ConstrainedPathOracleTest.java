package org.presto.pce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.NodeBuilder;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.RiskCharacteristic;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.pce.Waypoint;

/**
 * The path computer against an independent oracle: on thousands of random small graphs with random constraints,
 * brute force enumerates every simple path. The computer must find a path exactly when one satisfies every
 * constraint, of the same least weight, satisfying every constraint itself; and when there is none it must name
 * the constraint that the oracle also finds to be the first one to blame.
 */
class ConstrainedPathOracleTest {
    private static final List<LayerProtocolName> LAYERS = List.of(LayerProtocolName.ETH, LayerProtocolName.ODU);
    private final PathComputerComponent pce = new PathComputerComponent();

    @Test
    void agreesWithBruteForceOnRandomGraphsAndConstraints() {
        Random random = new Random(7);
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(7);
            List<Link> links = randomLinks(random, n);
            Topology topology = topology(n, links);
            PathConstraints constraints = randomConstraints(random, n, links);
            RouteObjectiveFunction objective = List.of(RouteObjectiveFunction.MIN_WORK_ROUTE_COST,
                    RouteObjectiveFunction.MIN_WORK_ROUTE_HOP, RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY)
                    .get(random.nextInt(3));
            String source = "n0";
            String target = "n" + (n - 1);
            if (constraints.excludedNodeIds().contains(source) || constraints.excludedNodeIds().contains(target)) {
                continue;
            }
            PathRequest request = new PathRequest(topology, source, target, objective, constraints);
            PathResult result = pce.shortestPath(request);
            long best = best(links, source, target, objective, constraints);
            String where = "round " + round + ": " + constraints;
            if (best == Long.MAX_VALUE) {
                if (!(result instanceof PathResult.NotFound notFound)) {
                    fail(where + ": found a path where none satisfies the constraints");
                    return;
                }
                assertEquals(expectedCause(links, source, target, objective, constraints), notFound.cause(), where);
            } else {
                if (!(result instanceof PathResult.Found path)) {
                    fail(where + ": no path, but the oracle has one of weight " + best + ": " + result);
                    return;
                }
                assertEquals(best, path.path().metric(), where);
                assertTrue(satisfies(path.path().links(), path.path().nodeIds(), constraints), where);
                assertEquals(best, path.path().links().stream().mapToLong(l -> LinkMetrics.weight(l, objective))
                        .sum(), where);
                found++;
            }
        }
        assertTrue(found > 500, "enough rounds have a feasible path to test optimality: " + found);
    }

    @Test
    void kShortestPathsAreTheOraclesBestInOrder() {
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(7);
            List<Link> links = randomLinks(random, n);
            Topology topology = topology(n, links);
            PathConstraints constraints = randomConstraints(random, n, links);
            String source = "n0";
            String target = "n" + (n - 1);
            if (constraints.excludedNodeIds().contains(source) || constraints.excludedNodeIds().contains(target)) {
                continue;
            }
            int k = 1 + random.nextInt(6);
            RouteObjectiveFunction objective = RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
            List<ComputedPath> ours = pce.kShortestPaths(new PathRequest(topology, source, target, objective,
                    constraints), k);
            List<Long> oracle = new ArrayList<>();
            List<String> nodes = new ArrayList<>(List.of(source));
            enumerate(links, source, target, nodes, new ArrayList<>(), path -> {
                if (satisfies(path, nodes, constraints)) {
                    oracle.add(path.stream().mapToLong(l -> LinkMetrics.weight(l, objective)).sum());
                }
            });
            java.util.Collections.sort(oracle);
            String where = "round " + round + ", k=" + k + ": " + constraints;
            assertEquals(oracle.subList(0, Math.min(k, oracle.size())), ours.stream().map(ComputedPath::metric)
                    .toList(), where);
            Set<List<String>> distinct = new HashSet<>();
            for (ComputedPath path : ours) {
                assertTrue(satisfies(path.links(), path.nodeIds(), constraints), where);
                assertEquals(path.nodeIds().size(), new HashSet<>(path.nodeIds()).size(), "loopless: " + where);
                assertTrue(distinct.add(path.links().stream().map(Link::uuid).toList()), "distinct: " + where);
            }
            compared += ours.size();
        }
        assertTrue(compared > 1000, "enough paths compared: " + compared);
    }

    @Test
    void disjointPairsHaveTheOraclesLeastTotalWeight() {
        int[] outcome = pairsAgainstOracle(13, List.of(Disjointness.LINK, Disjointness.NODE));
        assertEquals(outcome[0], outcome[1], "every link- and node-disjoint pair exact");
        assertTrue(outcome[0] > 200, "enough pairs compared: " + outcome[0]);
    }

    /**
     * Risk-disjoint pairs are NP-hard; the search is exact when the least link-disjoint pair is risk-free and bounded
     * otherwise. Every pair must be valid and never beat the oracle, and nearly all must be the oracle's.
     */
    @Test
    void riskDisjointPairsAreValidAndAlmostAlwaysTheOraclesBest() {
        int[] outcome = pairsAgainstOracle(17, List.of(Disjointness.SRLG));
        System.out.printf("SRLG-disjoint pairs: %d of %d the oracle's least%n", outcome[1], outcome[0]);
        assertTrue(outcome[0] > 100, "enough pairs compared: " + outcome[0]);
        assertTrue(outcome[1] >= outcome[0] * 0.97, outcome[1] + " of " + outcome[0] + " exact");
    }

    /**
     * Loop-free paths through ordered waypoints are NP-hard; the search is bounded. Every path must be valid, pass
     * the waypoints in order and never beat the oracle; where the oracle has one, nearly all must be its least.
     */
    @Test
    void waypointPathsAreValidAndAlmostAlwaysTheOraclesBest() {
        Random random = new Random(23);
        int routable = 0;
        int exact = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 3 + random.nextInt(6);
            List<Link> links = randomLinks(random, n);
            Topology topology = topology(n, links);
            List<Waypoint> waypoints = new ArrayList<>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                waypoints.add(random.nextInt(3) > 0 || links.isEmpty() ? Waypoint.node("n" + (1
                        + random.nextInt(n - 2)))
                        : Waypoint.link(links.get(random.nextInt(links.size())).uuid()));
            }
            PathConstraints drawn = randomConstraints(random, n, links);
            PathConstraints constraints = new PathConstraints(drawn.requiredKbps(), drawn.excludedNodeIds(),
                    drawn.excludedLinkIds(), drawn.excludedRisks(), drawn.layer(), drawn.maxHops(),
                    drawn.maxLatencyMicros(), waypoints);
            String source = "n0";
            String target = "n" + (n - 1);
            if (constraints.excludedNodeIds().contains(source) || constraints.excludedNodeIds().contains(target)) {
                continue;
            }
            RouteObjectiveFunction objective = RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
            long[] best = {Long.MAX_VALUE};
            List<String> walked = new ArrayList<>(List.of(source));
            enumerate(links, source, target, walked, new ArrayList<>(), path -> {
                if (satisfies(path, walked, constraints) && inOrder(path, walked, waypoints)) {
                    best[0] = Math.min(best[0], weight(path, objective));
                }
            });
            PathResult result = pce.shortestPath(new PathRequest(topology, source, target, objective, constraints));
            String where = "round " + round + ": " + constraints;
            if (result instanceof PathResult.Found found) {
                ComputedPath path = found.path();
                assertTrue(satisfies(path.links(), path.nodeIds(), constraints), where);
                assertTrue(inOrder(path.links(), path.nodeIds(), waypoints), where + ": " + path.nodeIds());
                assertEquals(path.nodeIds().size(), new HashSet<>(path.nodeIds()).size(), "loopless: " + where);
                assertEquals(weight(path.links(), objective), path.metric(), where);
                assertTrue(path.metric() >= best[0], where + ": better than the oracle's " + best[0]);
                exact += path.metric() == best[0] ? 1 : 0;
            }
            if (best[0] != Long.MAX_VALUE) {
                routable++;
            }
        }
        System.out.printf("paths through waypoints: %d of %d the oracle's least%n", exact, routable);
        assertTrue(routable > 200, "enough routable requests: " + routable);
        assertTrue(exact >= routable * 0.97, exact + " of " + routable + " exact");
    }

    /** Whether the path passes the waypoints in their order: a node where it is, a link between its two nodes. */
    private static boolean inOrder(List<Link> path, List<String> nodes, List<Waypoint> waypoints) {
        double position = -1;
        for (Waypoint waypoint : waypoints) {
            double at = -1;
            if (waypoint.kind() == Waypoint.Kind.NODE) {
                at = nodes.indexOf(waypoint.id());
            } else {
                for (int i = 0; i < path.size(); i++) {
                    if (path.get(i).uuid().equals(waypoint.id())) {
                        at = i + 0.5;
                    }
                }
            }
            if (at < 0 || at < position) {
                return false;
            }
            position = at;
        }
        return true;
    }

    /** Runs 3000 random cases; returns how many had a pair by the oracle, and how many of ours cost the same. */
    private int[] pairsAgainstOracle(long seed, List<Disjointness> kinds) {
        Random random = new Random(seed);
        int pairs = 0;
        int exact = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(7);
            List<Link> links = randomLinks(random, n);
            Topology topology = topology(n, links);
            PathConstraints constraints = randomConstraints(random, n, links).withoutBounds();
            String source = "n0";
            String target = "n" + (n - 1);
            if (constraints.excludedNodeIds().contains(source) || constraints.excludedNodeIds().contains(target)) {
                continue;
            }
            Disjointness disjointness = kinds.get(random.nextInt(kinds.size()));
            RouteObjectiveFunction objective = RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
            List<List<Link>> feasible = new ArrayList<>();
            List<String> walked = new ArrayList<>(List.of(source));
            enumerate(links, source, target, walked, new ArrayList<>(), path -> {
                if (satisfies(path, walked, constraints)) {
                    feasible.add(new ArrayList<>(path));
                }
            });
            long best = Long.MAX_VALUE;
            for (int i = 0; i < feasible.size(); i++) {
                for (int j = i + 1; j < feasible.size(); j++) {
                    if (disjoint(feasible.get(i), feasible.get(j), disjointness, source, target)) {
                        best = Math.min(best, weight(feasible.get(i), objective) + weight(feasible.get(j), objective));
                    }
                }
            }
            var ours = pce.disjointPair(new PathRequest(topology, source, target, objective, constraints),
                    disjointness);
            String where = "round " + round + ", " + disjointness + ": " + constraints;
            if (best == Long.MAX_VALUE) {
                assertTrue(ours.isEmpty(), where + ": found a pair where the oracle has none: " + ours);
                continue;
            }
            pairs++;
            if (ours.isEmpty()) {
                continue;
            }
            List<ComputedPath> pair = ours.get();
            for (ComputedPath path : pair) {
                assertTrue(satisfies(path.links(), path.nodeIds(), constraints), where);
                assertEquals(path.nodeIds().size(), new HashSet<>(path.nodeIds()).size(), "loopless: " + where);
                assertEquals(source, path.nodeIds().get(0));
                assertEquals(target, path.nodeIds().get(path.nodeIds().size() - 1));
            }
            assertTrue(disjoint(pair.get(0).links(), pair.get(1).links(), disjointness, source, target), where);
            long total = pair.get(0).metric() + pair.get(1).metric();
            assertTrue(total >= best, where + ": better than the oracle's " + best);
            exact += total == best ? 1 : 0;
        }
        return new int[] {pairs, exact};
    }

    static long weight(List<Link> path, RouteObjectiveFunction objective) {
        return path.stream().mapToLong(l -> LinkMetrics.weight(l, objective)).sum();
    }

    private static boolean disjoint(List<Link> a, List<Link> b, Disjointness disjointness,
                                    String source, String target) {
        Set<String> linksOfA = new HashSet<>();
        a.forEach(l -> linksOfA.add(l.uuid()));
        if (b.stream().anyMatch(l -> linksOfA.contains(l.uuid()))) {
            return false;
        }
        if (disjointness == Disjointness.LINK) {
            return true;
        }
        if (disjointness == Disjointness.SRLG) {
            Set<String> risksOfA = new HashSet<>();
            a.forEach(l -> l.riskCharacteristic().forEach(r -> risksOfA.addAll(r.riskIdentifierList())));
            return b.stream().flatMap(l -> l.riskCharacteristic().stream())
                    .flatMap(r -> r.riskIdentifierList().stream()).noneMatch(risksOfA::contains);
        }
        Set<String> inner = new HashSet<>();
        a.forEach(l -> l.nodeEdgePoint().forEach(end -> inner.add(end.nodeId())));
        inner.remove(source);
        inner.remove(target);
        return b.stream().flatMap(l -> l.nodeEdgePoint().stream()).noneMatch(end -> inner.contains(end.nodeId()));
    }

    static Topology topology(int n, List<Link> links) {
        return TopologyBuilder.builder().uuid("t").node(java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> NodeBuilder.builder().uuid("n" + i).build()).toList()).link(links).build();
    }

    static List<Link> randomLinks(Random random, int n) {
        List<Link> links = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextInt(5) < 2) {
                    String id = "n" + a + "-n" + b;
                    links.add(LinkBuilder.builder()
                            .uuid(id)
                            .nodeEdgePoint(List.of(new OwnedNodeEdgePointRef("t", "n" + a, id + "/a"),
                                    new OwnedNodeEdgePointRef("t", "n" + b, id + "/b")))
                            .operationalState(random.nextInt(10) == 0 ? OperationalState.DISABLED
                                    : OperationalState.ENABLED)
                            .availableCapacity(Capacity.mbps(1 + random.nextInt(10)))
                            .costCharacteristic(List.of(new CostCharacteristic("cost", Integer.toString(
                                    1 + random.nextInt(20)), null)))
                            .latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(1 + random.nextInt(50))))
                            .layerProtocolName(random.nextInt(4) == 0 ? List.of(LAYERS.get(1)) : List.of(LAYERS.get(0)))
                            .riskCharacteristic(List.of(new RiskCharacteristic("srlg",
                                    List.of("srlg-" + random.nextInt(4)))))
                            .build());
                }
            }
        }
        return links;
    }

    static PathConstraints randomConstraints(Random random, int n, List<Link> links) {
        Set<String> nodes = new HashSet<>();
        Set<String> excludedLinks = new HashSet<>();
        Set<String> risks = new HashSet<>();
        if (random.nextInt(3) == 0) {
            nodes.add("n" + random.nextInt(n));
        }
        if (!links.isEmpty() && random.nextInt(3) == 0) {
            excludedLinks.add(links.get(random.nextInt(links.size())).uuid());
        }
        if (random.nextInt(3) == 0) {
            risks.add("srlg-" + random.nextInt(4));
        }
        return new PathConstraints(random.nextInt(3) == 0 ? 1000L * (1 + random.nextInt(10)) : 0, nodes,
                excludedLinks, risks, random.nextInt(3) == 0 ? LayerProtocolName.ETH : null,
                random.nextInt(3) == 0 ? 1 + random.nextInt(4) : null,
                random.nextInt(3) == 0 ? 10L + random.nextInt(120) : null);
    }

    /** The least weight of a simple path satisfying every constraint, by enumerating them all. */
    private static long best(List<Link> links, String source, String target, RouteObjectiveFunction objective,
                             PathConstraints constraints) {
        long[] best = {Long.MAX_VALUE};
        List<String> nodes = new ArrayList<>(List.of(source));
        enumerate(links, source, target, nodes, new ArrayList<>(), path -> {
            if (satisfies(path, nodes, constraints)) {
                best[0] = Math.min(best[0], path.stream().mapToLong(l -> LinkMetrics.weight(l, objective)).sum());
            }
        });
        return best[0];
    }

    static void enumerate(List<Link> links, String at, String target, List<String> nodes, List<Link> path,
                                  java.util.function.Consumer<List<Link>> visit) {
        if (at.equals(target)) {
            visit.accept(path);
            return;
        }
        for (Link link : links) {
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            String next = a.equals(at) ? b : b.equals(at) ? a : null;
            if (next == null || nodes.contains(next)) {
                continue;
            }
            nodes.add(next);
            path.add(link);
            enumerate(links, next, target, nodes, path, visit);
            path.remove(path.size() - 1);
            nodes.remove(nodes.size() - 1);
        }
    }

    /** Every constraint checked on a whole path, independently of the computer's own pruning. */
    static boolean satisfies(List<Link> path, List<String> nodes, PathConstraints c) {
        if (nodes.stream().anyMatch(c.excludedNodeIds()::contains)) {
            return false;
        }
        long latency = 0;
        for (Link link : path) {
            if (link.operationalState() == OperationalState.DISABLED || c.excludedLinkIds().contains(link.uuid())
                    || link.availableCapacity().toKbps() < c.requiredKbps()
                    || c.layer() != null && !link.layerProtocolName().contains(c.layer())
                    || link.riskCharacteristic().stream().flatMap(r -> r.riskIdentifierList().stream())
                            .anyMatch(c.excludedRisks()::contains)
                    || link.nodeEdgePoint().stream().anyMatch(end -> c.excludedNodeIds().contains(end.nodeId()))) {
                return false;
            }
            latency += LinkMetrics.latency(link);
        }
        return (c.maxHops() == null || path.size() <= c.maxHops())
                && (c.maxLatencyMicros() == null || latency <= c.maxLatencyMicros());
    }

    private static PathResult.Cause expectedCause(List<Link> links, String source, String target,
                                                  RouteObjectiveFunction objective, PathConstraints c) {
        if (best(links, source, target, objective, c.withoutBounds().withRequiredKbps(0)) == Long.MAX_VALUE) {
            return PathResult.Cause.NO_PATH;
        }
        if (best(links, source, target, objective, c.withoutBounds()) == Long.MAX_VALUE) {
            return PathResult.Cause.INSUFFICIENT_BANDWIDTH;
        }
        if (c.maxHops() != null && best(links, source, target, objective, c.withMaxLatencyMicros(null))
                == Long.MAX_VALUE) {
            return PathResult.Cause.HOP_LIMIT_EXCEEDED;
        }
        return PathResult.Cause.LATENCY_EXCEEDED;
    }
}
