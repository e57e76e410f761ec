package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;

/**
 * Yen's k shortest loopless paths. Each candidate deviates from an accepted path at a spur node: the root up to
 * there is kept, the links other accepted paths with the same root take next are removed, and the rest is the best
 * path from the spur node under the request's constraints, narrowed by what the root already uses (its nodes, hops
 * and latency). With exact spur searches the candidates come out in order of weight. Spur searches only ever lose
 * links, so the distances to the target over all usable links guide them (A*) without losing exactness. Each of the
 * k rounds runs at most n - 1 spur searches, each O((n + m) log n) with {@link DijkstraSearch} plus O(k n) to remove
 * the links of accepted paths sharing its root: O(k n ((n + m) log n + k n)) time, and O(k n^2) space for up to k n
 * candidates. With a hop or latency bound every spur search is a {@link BoundedSearch}, exponential in the worst case.
 * J. Y. Yen, Finding the k shortest loopless paths in a network, Management Science 17(11) (1971) 712-716.
 */
final class YenKShortestPaths {
    /** A path's links by number, compared by content (paths are told apart by their links, parallel links too). */
    private record LinkSequence(int[] links) {
        @Override
        public boolean equals(Object other) {
            return other instanceof LinkSequence sequence && Arrays.equals(links, sequence.links);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(links);
        }

        boolean sharesRoot(LinkSequence other, int length) {
            return links.length > length && Arrays.equals(links, 0, length, other.links, 0, length);
        }
    }

    /** Paths of equal weight in the order of their node ids, compared without building strings. */
    private static final Comparator<List<String>> NODE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private YenKShortestPaths() {
    }

    /** Up to k best paths of the request. */
    static List<ComputedPath> find(PreparedRequest request, int k) {
        PathConstraints constraints = request.request.constraints();
        if (!request.endsKnown() || constraints.excludedNodeIds().contains(request.request.sourceNodeId())
                || constraints.excludedNodeIds().contains(request.request.targetNodeId())) {
            return List.of();
        }
        return find(request, request.source, request.target, request.usable(constraints), constraints, k);
    }

    /** Up to k best paths between two nodes over these links, within the bounds. */
    static List<ComputedPath> find(PreparedRequest request, int from, int to, BitSet usable,
                                   PathConstraints constraints, int k) {
        List<ComputedPath> accepted = new ArrayList<>();
        long[] toTarget = constraints.hasBounds() ? null : request.distancesTo(to, usable);
        BoundedSearch.LowerBounds lower = constraints.hasBounds() ? request.lowerBounds(to, usable) : null;
        Optional<ComputedPath> first = request.best(from, to, usable, constraints, toTarget, lower);
        if (first.isEmpty()) {
            return accepted;
        }
        accepted.add(first.get());
        PriorityQueue<ComputedPath> candidates = new PriorityQueue<>(Comparator.comparingLong(ComputedPath::metric)
                .thenComparingInt(p -> p.nodeIds().size()).thenComparing(ComputedPath::nodeIds, NODE_ORDER));
        List<LinkSequence> acceptedLinks = new ArrayList<>();
        acceptedLinks.add(sequence(request.graph, first.get()));
        Set<LinkSequence> seen = new HashSet<>(acceptedLinks);
        while (accepted.size() < k) {
            ComputedPath previous = accepted.get(accepted.size() - 1);
            for (int j = 0; j < previous.nodeIds().size() - 1; j++) {
                spur(request, to, usable, constraints, toTarget, lower, acceptedLinks, previous, j)
                        .ifPresent(candidate -> {
                    if (seen.add(sequence(request.graph, candidate))) {
                        candidates.add(candidate);
                    }
                });
            }
            if (candidates.isEmpty()) {
                break;
            }
            ComputedPath next = candidates.poll();
            accepted.add(next);
            acceptedLinks.add(sequence(request.graph, next));
        }
        return accepted;
    }

    private static Optional<ComputedPath> spur(PreparedRequest request, int to, BitSet usable,
                                               PathConstraints constraints, long[] toTarget,
                                               BoundedSearch.LowerBounds lower,
                                               List<LinkSequence> accepted, ComputedPath previous, int j) {
        CompiledTopology graph = request.graph;
        List<String> rootNodes = previous.nodeIds().subList(0, j + 1);
        List<Link> rootLinks = previous.links().subList(0, j);
        long rootLatency = 0;
        long rootWeight = 0;
        for (int l : Arrays.copyOf(accepted.get(accepted.size() - 1).links, j)) {
            rootLatency += graph.latency[l];
            rootWeight += request.weights[l];
        }
        if (constraints.maxHops() != null && j > constraints.maxHops()
                || constraints.maxLatencyMicros() != null && rootLatency > constraints.maxLatencyMicros()) {
            return Optional.empty();
        }
        BitSet spurUsable = (BitSet) usable.clone();
        LinkSequence root = accepted.get(accepted.size() - 1);
        for (LinkSequence path : accepted) {
            if (path.sharesRoot(root, j)) {
                spurUsable.clear(path.links[j]);
            }
        }
        for (String rootNode : rootNodes.subList(0, j)) {
            UsableLinks.clearNode(graph, spurUsable, graph.node(rootNode));
        }
        PathConstraints bounds = constraints.withBoundsReducedBy(j, rootLatency);
        long weightBefore = rootWeight;
        return request.best(graph.node(rootNodes.get(j)), to, spurUsable, bounds, toTarget, lower).map(spurPath -> {
            List<String> nodes = new ArrayList<>(rootNodes.subList(0, j));
            nodes.addAll(spurPath.nodeIds());
            List<Link> links = new ArrayList<>(rootLinks);
            links.addAll(spurPath.links());
            return new ComputedPath(nodes, links, weightBefore + spurPath.metric());
        });
    }

    private static LinkSequence sequence(CompiledTopology graph, ComputedPath path) {
        return new LinkSequence(path.links().stream().mapToInt(link -> graph.link(link.uuid())).toArray());
    }
}
