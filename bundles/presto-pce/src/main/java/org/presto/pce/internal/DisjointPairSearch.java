package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathRequest;

/**
 * The least-total-weight pair of disjoint paths (Bhandari's form of Suurballe's algorithm). Links become two
 * opposite arcs; for node disjointness every node but the ends is split into an entry and an exit joined by one
 * free arc. The shortest path is found, its arcs are replaced by their reverses at negated weight (and the opposite
 * arcs of its links removed), a second shortest path is found with Bellman-Ford, and the arcs the two use in
 * opposite directions cancel; what remains is the two paths.
 */
final class DisjointPairSearch {
    private record Arc(String from, String to, Link link, long weight) {
    }

    private DisjointPairSearch() {
    }

    static Optional<List<ComputedPath>> find(PathRequest request, Disjointness disjointness) {
        if (request.constraints().hasBounds()) {
            throw new IllegalArgumentException("disjoint pairs do not honour hop or latency bounds yet");
        }
        String source = request.sourceNodeId();
        String target = request.targetNodeId();
        SearchGraph graph = new SearchGraph(request, request.constraints());
        boolean split = disjointness == Disjointness.NODE;
        List<Arc> arcs = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        for (Link link : request.topology().link()) {
            String a = link.nodeEdgePoint().get(0).nodeId();
            for (SearchGraph.Arc usable : graph.from(a)) {
                if (usable.link() == link) {
                    String b = usable.to();
                    arcs.add(new Arc(exit(a, source, target, split), entry(b, source, target, split), link,
                            usable.weight()));
                    arcs.add(new Arc(exit(b, source, target, split), entry(a, source, target, split), link,
                            usable.weight()));
                    nodes.add(a);
                    nodes.add(b);
                }
            }
        }
        if (split) {
            for (String node : nodes) {
                if (!node.equals(source) && !node.equals(target)) {
                    arcs.add(new Arc(entry(node, source, target, true), exit(node, source, target, true), null, 0));
                }
            }
        }
        List<Arc> first = shortest(arcs, source, target);
        if (first == null) {
            return Optional.empty();
        }
        List<Arc> residual = new ArrayList<>(arcs);
        for (Arc used : first) {
            residual.removeIf(arc -> arc == used || used.link() != null && arc.link() == used.link());
            residual.add(new Arc(used.to(), used.from(), used.link(), -used.weight()));
        }
        List<Arc> second = shortest(residual, source, target);
        if (second == null) {
            return Optional.empty();
        }
        return Optional.of(combine(first, second, source, target, request));
    }

    private static String entry(String node, String source, String target, boolean split) {
        return split && !node.equals(source) && !node.equals(target) ? node + "#in" : node;
    }

    private static String exit(String node, String source, String target, boolean split) {
        return split && !node.equals(source) && !node.equals(target) ? node + "#out" : node;
    }

    /** Bellman-Ford: the residual graph has negative arcs but no negative cycle, the first path being shortest. */
    private static List<Arc> shortest(List<Arc> arcs, String source, String target) {
        Map<String, Long> distance = new HashMap<>();
        Map<String, Arc> reachedBy = new HashMap<>();
        distance.put(source, 0L);
        Set<String> vertices = new HashSet<>();
        arcs.forEach(arc -> {
            vertices.add(arc.from());
            vertices.add(arc.to());
        });
        for (int round = 0; round < vertices.size(); round++) {
            boolean changed = false;
            for (Arc arc : arcs) {
                Long from = distance.get(arc.from());
                if (from == null) {
                    continue;
                }
                long candidate = from + arc.weight();
                Long known = distance.get(arc.to());
                if (known == null || candidate < known) {
                    distance.put(arc.to(), candidate);
                    reachedBy.put(arc.to(), arc);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        if (!distance.containsKey(target)) {
            return null;
        }
        List<Arc> path = new ArrayList<>();
        for (String at = target; !at.equals(source); at = reachedBy.get(at).from()) {
            path.add(reachedBy.get(at));
        }
        Collections.reverse(path);
        return path;
    }

    /** Drops the links the two paths use in opposite directions and walks the two paths that remain. */
    private static List<ComputedPath> combine(List<Arc> first, List<Arc> second, String source, String target,
                                              PathRequest request) {
        // the second path's negative arcs are first-path links taken backwards: both drop out; split arcs only
        // join a node's entry to its exit, so the link arcs that remain are the two paths
        Set<Link> cancelled = new HashSet<>();
        second.stream().filter(arc -> arc.link() != null && arc.weight() < 0).forEach(arc -> cancelled.add(arc.link()));
        Map<String, List<Arc>> out = new HashMap<>();
        java.util.stream.Stream.concat(first.stream(), second.stream())
                .filter(arc -> arc.link() != null && arc.weight() >= 0 && !cancelled.contains(arc.link()))
                .forEach(arc -> out.computeIfAbsent(node(arc.from()), k -> new ArrayList<>()).add(arc));
        List<ComputedPath> paths = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> nodes = new ArrayList<>(List.of(source));
            List<Link> links = new ArrayList<>();
            String at = source;
            while (!at.equals(target)) {
                List<Arc> choices = out.get(at);
                // where both paths meet, go on to a node this path has not passed, so that it stays loopless
                Arc next = choices.stream().filter(arc -> !nodes.contains(node(arc.to()))).findFirst()
                        .orElse(choices.get(0));
                choices.remove(next);
                links.add(next.link());
                at = node(next.to());
                nodes.add(at);
            }
            long weight = links.stream().mapToLong(l -> LinkMetrics.weight(l, request.objective())).sum();
            paths.add(new ComputedPath(nodes, links, weight));
        }
        paths.sort(java.util.Comparator.comparingLong(ComputedPath::metric)
                .thenComparing(p -> p.nodeIds().toString()));
        return paths;
    }

    private static String node(String vertex) {
        int hash = vertex.indexOf('#');
        return hash < 0 ? vertex : vertex.substring(0, hash);
    }
}
