package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;

/**
 * Yen's k shortest loopless paths. Each candidate deviates from an accepted path at a spur node: the root up to
 * there is kept, the links other accepted paths with the same root take next are removed, and the rest is the best
 * path from the spur node under the request's constraints, narrowed by what the root already uses (its nodes, hops
 * and latency). With exact spur searches the candidates come out in order of weight.
 */
final class YenKShortestPaths {
    private YenKShortestPaths() {
    }

    static List<ComputedPath> find(PathRequest request, int k) {
        List<ComputedPath> accepted = new ArrayList<>();
        Optional<ComputedPath> first = DijkstraPathComputer.search(request, request.constraints());
        if (first.isEmpty() || k <= 0) {
            return accepted;
        }
        accepted.add(first.get());
        PriorityQueue<ComputedPath> candidates = new PriorityQueue<>(Comparator.comparingLong(ComputedPath::metric)
                .thenComparing(p -> p.nodeIds().toString()));
        Set<List<String>> seen = new HashSet<>();
        seen.add(linkIds(first.get()));
        while (accepted.size() < k) {
            ComputedPath previous = accepted.get(accepted.size() - 1);
            for (int j = 0; j < previous.nodeIds().size() - 1; j++) {
                spur(request, accepted, previous, j).ifPresent(candidate -> {
                    if (seen.add(linkIds(candidate))) {
                        candidates.add(candidate);
                    }
                });
            }
            if (candidates.isEmpty()) {
                break;
            }
            accepted.add(candidates.poll());
        }
        return accepted;
    }

    private static Optional<ComputedPath> spur(PathRequest request, List<ComputedPath> accepted,
                                               ComputedPath previous, int j) {
        List<String> rootNodes = previous.nodeIds().subList(0, j + 1);
        List<Link> rootLinks = previous.links().subList(0, j);
        Set<String> removedLinks = new HashSet<>();
        for (ComputedPath path : accepted) {
            if (path.nodeIds().size() > j + 1 && path.nodeIds().subList(0, j + 1).equals(rootNodes)
                    && linkIds(path.links().subList(0, j)).equals(linkIds(rootLinks))) {
                removedLinks.add(path.links().get(j).uuid());
            }
        }
        long rootLatency = rootLinks.stream().mapToLong(LinkMetrics::latency).sum();
        PathConstraints constraints = request.constraints();
        if (constraints.maxHops() != null && j > constraints.maxHops()
                || constraints.maxLatencyMicros() != null && rootLatency > constraints.maxLatencyMicros()) {
            return Optional.empty();
        }
        PathConstraints narrowed = constraints.narrowed(new HashSet<>(rootNodes.subList(0, j)), removedLinks, j,
                rootLatency);
        String spurNode = rootNodes.get(j);
        PathRequest fromSpur = new PathRequest(request.topology(), spurNode, request.targetNodeId(),
                request.objective(), narrowed);
        return DijkstraPathComputer.search(fromSpur, narrowed).map(spurPath -> {
            List<String> nodes = new ArrayList<>(rootNodes.subList(0, j));
            nodes.addAll(spurPath.nodeIds());
            List<Link> links = new ArrayList<>(rootLinks);
            links.addAll(spurPath.links());
            long rootWeight = rootLinks.stream().mapToLong(l -> LinkMetrics.weight(l, request.objective())).sum();
            return new ComputedPath(nodes, links, rootWeight + spurPath.metric());
        });
    }

    private static List<String> linkIds(ComputedPath path) {
        return linkIds(path.links());
    }

    private static List<String> linkIds(List<Link> links) {
        return links.stream().map(Link::uuid).toList();
    }
}
