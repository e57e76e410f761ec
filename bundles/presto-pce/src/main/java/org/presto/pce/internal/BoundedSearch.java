package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;

/**
 * The least-weight path within a hop and a latency bound (resource-constrained shortest path), exactly: a
 * label-setting search that keeps, per node, only the labels no other label beats in weight, hops and latency
 * together, and drops every label that cannot reach the target within the bounds (lower bounds from a reverse
 * search). Labels leave the queue by weight, then hops and latency, so the first label to reach the target is the
 * best feasible path; a label beaten after it was queued is still expanded. The bounds take two Dijkstra runs,
 * O((n + m) log n); the search O(L d (p + log L)) time and O(L) space for L labels queued, d the highest degree and
 * p the most labels kept at a node. The problem is NP-hard, and L is exponential in n in the worst case (a label per
 * Pareto-optimal trade of weight, hops and latency). It is the generalized Dijkstra of Y. P. Aneja, V. Aggarwal,
 * K. P. K. Nair, Shortest chain subject to side constraints, Networks 13(2) (1983) 295-302, hops and latency being
 * the side constraints.
 */
final class BoundedSearch {
    private record Label(int node, long weight, int hops, long latency, Label parent, int via) {
        boolean dominates(Label other) {
            return weight <= other.weight && hops <= other.hops && latency <= other.latency;
        }
    }

    /**
     * The least hops and latency from every node to a target over some links: lower bounds that stay valid for any
     * search over fewer of those links, so Yen's spur searches share one.
     */
    record LowerBounds(long[] hopsToTarget, long[] latencyToTarget) {
        static LowerBounds of(CompiledTopology graph, DijkstraSearch search, int target, BitSet usable) {
            search.run(target, -1, graph.hops, usable, null);
            long[] hops = search.distances();
            search.run(target, -1, graph.latency, usable, null);
            return new LowerBounds(hops, search.distances());
        }
    }

    private BoundedSearch() {
    }

    /** @param lower bounds to the target over these links or more, or null to compute them here */
    static Optional<ComputedPath> find(CompiledTopology graph, DijkstraSearch search, int source, int target,
                                       long[] weights, BitSet usable, PathConstraints bounds, LowerBounds lower) {
        int maxHops = bounds.maxHops() == null ? Integer.MAX_VALUE : bounds.maxHops();
        long maxLatency = bounds.maxLatencyMicros() == null ? Long.MAX_VALUE : bounds.maxLatencyMicros();
        LowerBounds toTarget = lower != null ? lower : LowerBounds.of(graph, search, target, usable);
        long[] hopsToTarget = toTarget.hopsToTarget();
        long[] latencyToTarget = toTarget.latencyToTarget();
        if (hopsToTarget[source] == DijkstraSearch.UNREACHED) {
            return Optional.empty();
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Label>[] kept = new List[graph.nodeCount()];
        PriorityQueue<Label> queue = new PriorityQueue<>(Comparator.comparingLong(Label::weight)
                .thenComparingInt(Label::hops).thenComparingLong(Label::latency).thenComparingInt(Label::node));
        queue.add(new Label(source, 0, 0, 0, null, -1));
        while (!queue.isEmpty()) {
            Label label = queue.poll();
            if (label.node() == target) {
                return Optional.of(path(graph, label));
            }
            for (int a = graph.arcStart[label.node()]; a < graph.arcStart[label.node() + 1]; a++) {
                int link = graph.arcLink[a];
                int to = graph.arcTo[a];
                if (!usable.get(link) || hopsToTarget[to] == DijkstraSearch.UNREACHED) {
                    continue;
                }
                Label next = new Label(to, label.weight() + weights[link], label.hops() + 1,
                        label.latency() + graph.latency[link], label, link);
                if (next.hops() + hopsToTarget[to] > maxHops || next.latency() + latencyToTarget[to] > maxLatency) {
                    continue;
                }
                if (kept[to] == null) {
                    kept[to] = new ArrayList<>(2);
                }
                List<Label> atNode = kept[to];
                if (atNode.stream().anyMatch(other -> other.dominates(next))) {
                    continue;
                }
                atNode.removeIf(next::dominates);
                atNode.add(next);
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static ComputedPath path(CompiledTopology graph, Label last) {
        List<String> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Label label = last; label != null; label = label.parent()) {
            nodes.add(graph.nodeIds[label.node()]);
            if (label.via() >= 0) {
                links.add(graph.links[label.via()]);
            }
        }
        Collections.reverse(nodes);
        Collections.reverse(links);
        return new ComputedPath(nodes, links, last.weight());
    }
}
