package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;

/**
 * The least-total-weight pair of disjoint paths (Suurballe's algorithm, in Bhandari's residual form). Each usable
 * link becomes two opposite arcs; for node disjointness every node is split into an entry and an exit joined by one
 * free arc, paths starting at the source's exit and ending at the target's entry. After the shortest path, its
 * arcs are replaced by their reverses (and the other arc of each of its links is dropped); the second search runs
 * Dijkstra on weights reduced by the first search's distances, which makes every residual arc non-negative. The
 * arcs the two paths use in opposite directions cancel, and what remains is the two paths. Two Dijkstra runs over
 * the at most 2(2m + n) arcs of an {@link ArcGraph}: O((n + m) log n) time and O(n + m) space.
 * J. W. Suurballe, Disjoint paths in a network, Networks 4(2) (1974) 125-145; R. Bhandari, Survivable Networks:
 * Algorithms for Diverse Routing, Kluwer Academic Publishers (1999).
 */
final class DisjointPairSearch {
    private DisjointPairSearch() {
    }

    static Optional<List<ComputedPath>> find(PreparedRequest request, Disjointness disjointness) {
        BitSet usable = request.usable(request.request.constraints());
        ArcGraph arcs = new ArcGraph(request.graph, usable, request.weights, disjointness == Disjointness.NODE);
        int start = arcs.exit(request.source);
        int end = arcs.entry(request.target);
        long[] potential = arcs.shortest(start, null);
        if (potential[end] == DijkstraSearch.UNREACHED) {
            return Optional.empty();
        }
        List<Integer> first = arcs.pathTo(start, end);
        for (int arc : first) {
            arcs.reverse(arc);
        }
        if (arcs.shortest(start, potential)[end] == DijkstraSearch.UNREACHED) {
            return Optional.empty();
        }
        List<Integer> second = arcs.pathTo(start, end);
        return Optional.of(combine(request, arcs, first, second));
    }

    /** Drops the links the two paths use in opposite directions and walks the two paths that remain. */
    private static List<ComputedPath> combine(PreparedRequest request, ArcGraph arcs, List<Integer> first,
                                              List<Integer> second) {
        CompiledTopology graph = request.graph;
        BitSet cancelled = new BitSet();
        for (int arc : second) {
            if (arcs.isReverse(arc) && arcs.link[arc] >= 0) {
                cancelled.set(arcs.link[arc]);
            }
        }
        // the node each remaining link arc leaves from, per node: at most two (one per path)
        List<List<Integer>> out = new ArrayList<>(graph.nodeCount());
        for (int v = 0; v < graph.nodeCount(); v++) {
            out.add(null);
        }
        for (List<Integer> path : List.of(first, second)) {
            for (int arc : path) {
                int link = arcs.link[arc];
                if (link >= 0 && !arcs.isReverse(arc) && !cancelled.get(link)) {
                    int from = arcs.node(arcs.from[arc]);
                    if (out.get(from) == null) {
                        out.set(from, new ArrayList<>(2));
                    }
                    out.get(from).add(arc);
                }
            }
        }
        List<ComputedPath> paths = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> nodes = new ArrayList<>(List.of(graph.nodeIds[request.source]));
            List<Link> links = new ArrayList<>();
            BitSet passed = new BitSet();
            passed.set(request.source);
            int at = request.source;
            long weight = 0;
            while (at != request.target) {
                List<Integer> choices = out.get(at);
                // where both paths meet, go on to a node this path has not passed, so that it stays loopless
                int next = choices.stream().filter(arc -> !passed.get(arcs.node(arcs.to[arc]))).findFirst()
                        .orElse(choices.get(0));
                choices.remove(Integer.valueOf(next));
                links.add(graph.links[arcs.link[next]]);
                weight += request.weights[arcs.link[next]];
                at = arcs.node(arcs.to[next]);
                passed.set(at);
                nodes.add(graph.nodeIds[at]);
            }
            paths.add(new ComputedPath(nodes, links, weight));
        }
        paths.sort(Comparator.comparingLong(ComputedPath::metric).thenComparing(p -> p.nodeIds().toString()));
        return paths;
    }
}
