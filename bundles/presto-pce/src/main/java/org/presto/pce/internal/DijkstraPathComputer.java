package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.osgi.service.component.annotations.Component;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathComputer;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.PathResult;
import org.presto.pce.internal.SearchGraph.Arc;

/**
 * Dijkstra's algorithm with a binary heap over the links that pass the request's constraints; with a hop or latency
 * bound, the exact {@link BoundedSearch}. Ties are broken by node id so that the same request always gets the same
 * route. When there is no path, it finds out which constraint is to blame by relaxing them one by one.
 */
@Component(service = PathComputer.class)
public class DijkstraPathComputer implements PathComputer {

    /** The most paths one k-shortest request may ask for. */
    static final int MAX_K = 20;

    private record Label(String nodeId, long distance) {
    }

    @Override
    public PathResult shortestPath(PathRequest request) {
        PathConstraints constraints = request.constraints();
        for (String end : List.of(request.sourceNodeId(), request.targetNodeId())) {
            if (constraints.excludedNodeIds().contains(end)) {
                return new PathResult.NotFound(Cause.CONTRADICTORY_CONSTRAINTS, "node " + end
                        + " is an end of the path and excluded (unavailable) at once");
            }
        }
        Optional<ComputedPath> found = search(request, constraints);
        if (found.isPresent()) {
            return new PathResult.Found(found.get());
        }
        String between = " from node " + request.sourceNodeId() + " to node " + request.targetNodeId();
        if (search(request, constraints.withoutBounds().withRequiredKbps(0)).isEmpty()) {
            return new PathResult.NotFound(Cause.NO_PATH, "no path" + between + " over available nodes and enabled "
                    + "links" + (constraints.layer() == null ? "" : " of layer " + constraints.layer()));
        }
        if (constraints.requiredKbps() > 0 && search(request, constraints.withoutBounds()).isEmpty()) {
            return new PathResult.NotFound(Cause.INSUFFICIENT_BANDWIDTH, "every path" + between + " has a link with "
                    + "less than " + constraints.requiredKbps() + " kbit/s available");
        }
        if (constraints.maxHops() != null && search(request, constraints.withMaxLatencyMicros(null)).isEmpty()) {
            return new PathResult.NotFound(Cause.HOP_LIMIT_EXCEEDED, "every path" + between + " has more than "
                    + constraints.maxHops() + " links");
        }
        return new PathResult.NotFound(Cause.LATENCY_EXCEEDED, "every path" + between + " has more than "
                + constraints.maxLatencyMicros() + " us of latency");
    }

    @Override
    public List<ComputedPath> kShortestPaths(PathRequest request, int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k is between 1 and " + MAX_K + ", not " + k);
        }
        return YenKShortestPaths.find(request, k);
    }

    @Override
    public Optional<List<ComputedPath>> disjointPair(PathRequest request, Disjointness disjointness) {
        if (request.constraints().excludedNodeIds().contains(request.sourceNodeId())
                || request.constraints().excludedNodeIds().contains(request.targetNodeId())
                || request.sourceNodeId().equals(request.targetNodeId())) {
            return Optional.empty();
        }
        return DisjointPairSearch.find(request, disjointness);
    }

    /** The best path under these constraints; the source is never excluded by them. */
    static Optional<ComputedPath> search(PathRequest request, PathConstraints constraints) {
        if (constraints.excludedNodeIds().contains(request.sourceNodeId())
                || constraints.excludedNodeIds().contains(request.targetNodeId())) {
            return Optional.empty();
        }
        SearchGraph graph = new SearchGraph(request, constraints);
        return constraints.hasBounds()
                ? BoundedSearch.find(graph, request.sourceNodeId(), request.targetNodeId(), constraints)
                : dijkstra(graph, request.sourceNodeId(), request.targetNodeId());
    }

    private static Optional<ComputedPath> dijkstra(SearchGraph graph, String source, String target) {
        Map<String, Long> distance = new HashMap<>();
        Map<String, Arc> reachedBy = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> a.distance() != b.distance()
                ? Long.compare(a.distance(), b.distance()) : a.nodeId().compareTo(b.nodeId()));
        distance.put(source, 0L);
        queue.add(new Label(source, 0));
        while (!queue.isEmpty()) {
            Label current = queue.poll();
            if (current.distance() > distance.get(current.nodeId())) {
                continue;
            }
            if (current.nodeId().equals(target)) {
                return Optional.of(path(target, previous, reachedBy, current.distance()));
            }
            for (Arc arc : graph.from(current.nodeId())) {
                long candidate = current.distance() + arc.weight();
                Long known = distance.get(arc.to());
                if (known == null || candidate < known) {
                    distance.put(arc.to(), candidate);
                    previous.put(arc.to(), current.nodeId());
                    reachedBy.put(arc.to(), arc);
                    queue.add(new Label(arc.to(), candidate));
                }
            }
        }
        return Optional.empty();
    }

    private static ComputedPath path(String target, Map<String, String> previous, Map<String, Arc> reachedBy,
                                     long metric) {
        List<String> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (String node = target; node != null; node = previous.get(node)) {
            nodes.add(node);
            Arc arc = reachedBy.get(node);
            if (arc != null) {
                links.add(arc.link());
            }
        }
        Collections.reverse(nodes);
        Collections.reverse(links);
        return new ComputedPath(nodes, links, metric);
    }
}
