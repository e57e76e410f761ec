package org.presto.pce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presto.model.Link;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.pce.ComputedTree;
import org.presto.pce.PathConstraints;
import org.presto.pce.TreeRequest;
import org.presto.pce.TreeResult;

/**
 * Multipoint trees against brute force: on thousands of random small graphs the least tree joining the terminals is
 * found by trying every subset of the usable links. Ours must exist exactly when one does, be a tree spanning the
 * terminals over usable links, cost at most twice the least, and the least itself for two terminals.
 */
class MultipointTreeOracleTest {
    private final PathComputerComponent pce = new PathComputerComponent();

    @Test
    void treesAreValidWithinTwiceTheLeastAndExactForTwoTerminals() {
        Random random = new Random(41);
        int trees = 0;
        int exact = 0;
        for (int round = 0; round < 2000; round++) {
            int n = 3 + random.nextInt(6);
            List<Link> links = ConstrainedPathOracleTest.randomLinks(random, n);
            Topology topology = ConstrainedPathOracleTest.topology(n, links);
            PathConstraints drawn = ConstrainedPathOracleTest.randomConstraints(random, n, links);
            PathConstraints constraints = new PathConstraints(drawn.requiredKbps(), drawn.excludedNodeIds(),
                    drawn.excludedLinkIds(), drawn.excludedRisks(), drawn.layer(), null, null);
            List<String> terminals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((i == 0 || random.nextInt(2) == 0) && !constraints.excludedNodeIds().contains("n" + i)) {
                    terminals.add("n" + i);
                }
            }
            if (terminals.size() < 2) {
                continue;
            }
            List<Link> usable = links.stream().filter(l -> ConstrainedPathOracleTest.satisfies(List.of(l),
                    List.of(), constraints)).toList();
            long best = leastTree(usable, terminals);
            TreeResult result = pce.multipointTree(new TreeRequest(topology, terminals,
                    RouteObjectiveFunction.MIN_WORK_ROUTE_COST, constraints, null));
            String where = "round " + round + ", terminals " + terminals + ": " + constraints;
            if (best == Long.MAX_VALUE) {
                assertTrue(result instanceof TreeResult.NotFound, where + ": " + result);
                continue;
            }
            assertTrue(result instanceof TreeResult.Found, where + ": the oracle has a tree of " + best);
            ComputedTree tree = ((TreeResult.Found) result).tree();
            assertTrue(usable.containsAll(tree.links()), where + ": only usable links");
            assertTrue(isTreeSpanning(tree, terminals), where + ": " + tree);
            long total = tree.links().stream().mapToLong(l -> LinkMetrics.weight(l,
                    RouteObjectiveFunction.MIN_WORK_ROUTE_COST)).sum();
            assertEquals(total, tree.metric(), where);
            assertTrue(total >= best && total <= 2 * best, where + ": " + total + " against the least " + best);
            if (terminals.size() == 2) {
                assertEquals(best, total, where + ": two terminals, a shortest path");
            }
            trees++;
            exact += total == best ? 1 : 0;
        }
        System.out.printf("multipoint trees: %d of %d the least%n", exact, trees);
        assertTrue(trees > 500, "enough trees compared: " + trees);
    }

    /** The least total weight of a set of links joining all terminals, by trying every subset. */
    private static long leastTree(List<Link> links, List<String> terminals) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << links.size(); mask++) {
            List<Link> chosen = new ArrayList<>();
            long weight = 0;
            for (int i = 0; i < links.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(links.get(i));
                    weight += LinkMetrics.weight(links.get(i), RouteObjectiveFunction.MIN_WORK_ROUTE_COST);
                }
            }
            if (weight < best && reachable(chosen, terminals.get(0)).containsAll(terminals)) {
                best = weight;
            }
        }
        return best;
    }

    private static boolean isTreeSpanning(ComputedTree tree, List<String> terminals) {
        Set<String> nodes = new HashSet<>(tree.nodeIds());
        boolean linksWithin = tree.links().stream().allMatch(l -> nodes.contains(l.nodeEdgePoint().get(0).nodeId())
                && nodes.contains(l.nodeEdgePoint().get(1).nodeId()));
        return linksWithin && nodes.containsAll(terminals) && tree.links().size() == nodes.size() - 1
                && reachable(tree.links(), terminals.get(0)).equals(nodes);
    }

    private static Set<String> reachable(List<Link> links, String from) {
        Map<String, List<String>> next = new HashMap<>();
        for (Link link : links) {
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            next.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            next.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
        Set<String> seen = new HashSet<>(List.of(from));
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String to : next.getOrDefault(todo.remove(todo.size() - 1), List.of())) {
                if (seen.add(to)) {
                    todo.add(to);
                }
            }
        }
        return seen;
    }
}
