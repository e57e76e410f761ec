package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.internal.SearchGraph.Arc;

/**
 * The least-weight path within a hop and a latency bound (resource-constrained shortest path), exactly: a
 * label-setting search that keeps, per node, only the labels no other label beats in weight, hops and latency
 * together, and drops every label that cannot reach the target within the bounds (lower bounds from a reverse
 * search). Labels leave the queue by weight, so the first label to reach the target is the best feasible path.
 */
final class BoundedSearch {
    private record Label(String node, long weight, int hops, long latency, Label parent, Link via) {
        boolean dominates(Label other) {
            return weight <= other.weight && hops <= other.hops && latency <= other.latency;
        }
    }

    private BoundedSearch() {
    }

    static Optional<ComputedPath> find(SearchGraph graph, String source, String target, PathConstraints bounds) {
        int maxHops = bounds.maxHops() == null ? Integer.MAX_VALUE : bounds.maxHops();
        long maxLatency = bounds.maxLatencyMicros() == null ? Long.MAX_VALUE : bounds.maxLatencyMicros();
        Map<String, Long> hopsToTarget = distancesTo(graph, target, arc -> 1);
        Map<String, Long> latencyToTarget = distancesTo(graph, target, Arc::latency);
        Map<String, List<Label>> kept = new HashMap<>();
        PriorityQueue<Label> queue = new PriorityQueue<>(Comparator.comparingLong(Label::weight)
                .thenComparingInt(Label::hops).thenComparingLong(Label::latency).thenComparing(Label::node));
        queue.add(new Label(source, 0, 0, 0, null, null));
        while (!queue.isEmpty()) {
            Label label = queue.poll();
            if (label.node().equals(target)) {
                return Optional.of(path(label));
            }
            for (Arc arc : graph.from(label.node())) {
                Label next = new Label(arc.to(), label.weight() + arc.weight(), label.hops() + 1,
                        label.latency() + arc.latency(), label, arc.link());
                Long hopsLeft = hopsToTarget.get(arc.to());
                Long latencyLeft = latencyToTarget.get(arc.to());
                if (hopsLeft == null || next.hops() + hopsLeft > maxHops
                        || next.latency() + latencyLeft > maxLatency) {
                    continue;
                }
                List<Label> atNode = kept.computeIfAbsent(arc.to(), k -> new ArrayList<>());
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

    /** The least total of a metric from every node to the target (Dijkstra on the undirected arcs). */
    private static Map<String, Long> distancesTo(SearchGraph graph, String target, ToLongFunction<Arc> metric) {
        Map<String, Long> distance = new HashMap<>();
        PriorityQueue<Map.Entry<String, Long>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        distance.put(target, 0L);
        queue.add(Map.entry(target, 0L));
        while (!queue.isEmpty()) {
            Map.Entry<String, Long> current = queue.poll();
            if (current.getValue() > distance.get(current.getKey())) {
                continue;
            }
            for (Arc arc : graph.from(current.getKey())) {
                long candidate = current.getValue() + metric.applyAsLong(arc);
                Long known = distance.get(arc.to());
                if (known == null || candidate < known) {
                    distance.put(arc.to(), candidate);
                    queue.add(Map.entry(arc.to(), candidate));
                }
            }
        }
        return distance;
    }

    private static ComputedPath path(Label last) {
        List<String> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Label label = last; label != null; label = label.parent()) {
            nodes.add(label.node());
            if (label.via() != null) {
                links.add(label.via());
            }
        }
        Collections.reverse(nodes);
        Collections.reverse(links);
        return new ComputedPath(nodes, links, last.weight());
    }
}
