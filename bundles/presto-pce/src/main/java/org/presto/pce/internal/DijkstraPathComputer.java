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
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathComputer;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.PathResult;

/**
 * Dijkstra's algorithm with a binary heap over the links that pass the request's filters. Ties are broken by node
 * id so that the same request always gets the same route.
 */
@Component(service = PathComputer.class)
public class DijkstraPathComputer implements PathComputer {

    private record Arc(String to, Link link, long weight) {
    }

    private record Label(String nodeId, long distance) {
    }

    @Override
    public PathResult shortestPath(PathRequest request) {
        for (String end : List.of(request.sourceNodeId(), request.targetNodeId())) {
            if (request.excludedNodeIds().contains(end)) {
                return new PathResult.NotFound(Cause.CONTRADICTORY_CONSTRAINTS, "node " + end
                        + " is an end of the path and excluded (unavailable) at once");
            }
        }
        Optional<ComputedPath> found = dijkstra(request, request.requiredKbps());
        if (found.isPresent()) {
            return new PathResult.Found(found.get());
        }
        if (request.requiredKbps() > 0 && dijkstra(request, 0).isPresent()) {
            return new PathResult.NotFound(Cause.INSUFFICIENT_BANDWIDTH, "every path from node "
                    + request.sourceNodeId() + " to node " + request.targetNodeId() + " has a link with less than "
                    + request.requiredKbps() + " kbit/s available");
        }
        return new PathResult.NotFound(Cause.NO_PATH, "no path from node " + request.sourceNodeId() + " to node "
                + request.targetNodeId() + " over available nodes and enabled links");
    }

    private Optional<ComputedPath> dijkstra(PathRequest request, long requiredKbps) {
        Map<String, List<Arc>> graph = adjacency(request, requiredKbps);
        Map<String, Long> distance = new HashMap<>();
        Map<String, Arc> reachedBy = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> a.distance() != b.distance()
                ? Long.compare(a.distance(), b.distance()) : a.nodeId().compareTo(b.nodeId()));
        distance.put(request.sourceNodeId(), 0L);
        queue.add(new Label(request.sourceNodeId(), 0));
        while (!queue.isEmpty()) {
            Label current = queue.poll();
            if (current.distance() > distance.get(current.nodeId())) {
                continue;
            }
            if (current.nodeId().equals(request.targetNodeId())) {
                return Optional.of(path(request, previous, reachedBy, current.distance()));
            }
            for (Arc arc : graph.getOrDefault(current.nodeId(), List.of())) {
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

    private static ComputedPath path(PathRequest request, Map<String, String> previous, Map<String, Arc> reachedBy,
                                     long metric) {
        List<String> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (String node = request.targetNodeId(); node != null; node = previous.get(node)) {
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

    private static Map<String, List<Arc>> adjacency(PathRequest request, long requiredKbps) {
        Map<String, List<Arc>> graph = new HashMap<>();
        for (Link link : request.topology().link()) {
            if (!usable(link, request, requiredKbps)) {
                continue;
            }
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            long weight = LinkMetrics.weight(link, request.objective());
            graph.computeIfAbsent(a, k -> new ArrayList<>()).add(new Arc(b, link, weight));
            graph.computeIfAbsent(b, k -> new ArrayList<>()).add(new Arc(a, link, weight));
        }
        return graph;
    }

    private static boolean usable(Link link, PathRequest request, long requiredKbps) {
        if (link.nodeEdgePoint().size() != 2 || link.operationalState() == OperationalState.DISABLED) {
            return false;
        }
        for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
            if (request.excludedNodeIds().contains(end.nodeId())) {
                return false;
            }
        }
        return requiredKbps <= 0
                || link.availableCapacity() == null
                || link.availableCapacity().toKbps() >= requiredKbps;
    }
}
