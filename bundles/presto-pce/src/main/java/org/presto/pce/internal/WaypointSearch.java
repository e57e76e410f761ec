package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.Waypoint;

/**
 * A loop-free path through ordered waypoints (the include route of RFC 5440, an ordered list since RFC 7896), by the
 * project's own method: leg by leg, each leg one of the {@link #ALTERNATIVES} best paths (Yen) to the next waypoint
 * that avoids the nodes used so far and the nodes of the waypoints still ahead (both ends of a link waypoint), a link
 * waypoint crossed in either direction. A depth-first search over the legs' alternatives keeps the least total and
 * drops a branch once it weighs as much; hop and latency bounds are checked on the route so far, not in the legs.
 * Loop-free paths through waypoints are NP-hard in general (legs compete for nodes), so the result is the best found,
 * exact whenever the legs' own shortest paths do not collide and together meet the bounds. The alternatives multiply
 * along the waypoints, but at most B = {@link #BUDGET} leg searches run, each Yen for a = ALTERNATIVES paths:
 * O(B a n ((n + m) log n + a n)) time. J. P. Vasseur, J. L. Le Roux (eds.), Path Computation Element (PCE)
 * Communication Protocol (PCEP), RFC 5440 (2009); D. Dhody, Update to the Include Route Object (IRO) Specification in
 * the Path Computation Element Communication Protocol (PCEP), RFC 7896 (2016).
 */
final class WaypointSearch {
    /** Alternatives tried per leg when the best one leads nowhere or may be beaten. */
    static final int ALTERNATIVES = 3;
    /** Leg searches one request may run. */
    static final int BUDGET = 300;

    private final PreparedRequest request;
    private final CompiledTopology graph;
    private final BitSet usable;
    private final PathConstraints bounds;
    /** Per step, the node (node waypoint or target) or the link (link waypoint) it names; -1 where unknown. */
    private final int[] stepNode;
    private final int[] stepLink;
    private int searches;
    private int[] bestLinks;
    private long bestWeight = Long.MAX_VALUE;

    private WaypointSearch(PreparedRequest request, BitSet usable, PathConstraints constraints) {
        this.request = request;
        this.graph = request.graph;
        this.usable = usable;
        this.bounds = constraints;
        List<Waypoint> waypoints = constraints.waypoints();
        stepNode = new int[waypoints.size() + 1];
        stepLink = new int[waypoints.size() + 1];
        for (int i = 0; i < waypoints.size(); i++) {
            Waypoint waypoint = waypoints.get(i);
            stepNode[i] = waypoint.kind() == Waypoint.Kind.NODE ? graph.node(waypoint.id()) : -1;
            stepLink[i] = waypoint.kind() == Waypoint.Kind.LINK ? graph.link(waypoint.id()) : -1;
        }
        stepNode[waypoints.size()] = request.target;
        stepLink[waypoints.size()] = -1;
    }

    static Optional<ComputedPath> find(PreparedRequest request, BitSet usable, PathConstraints constraints) {
        WaypointSearch search = new WaypointSearch(request, usable, constraints);
        for (int i = 0; i < search.stepNode.length; i++) {
            if (search.stepNode[i] < 0 && (search.stepLink[i] < 0 || !usable.get(search.stepLink[i]))) {
                return Optional.empty();
            }
        }
        BitSet used = new BitSet();
        used.set(request.source);
        search.step(0, request.source, used, new int[0], 0);
        return Optional.ofNullable(search.bestLinks).map(search::path);
    }

    private void step(int index, int at, BitSet used, int[] links, long weight) {
        if (weight >= bestWeight || !withinBounds(links)) {
            return;
        }
        if (index == stepNode.length) {
            bestWeight = weight;
            bestLinks = links;
            return;
        }
        int node = stepNode[index];
        if (node >= 0) {
            if (node == at) {
                step(index + 1, at, used, links, weight);
            } else if (!used.get(node)) {
                for (ComputedPath leg : legs(index, at, node, -1, used)) {
                    follow(index, leg, used, links, weight, -1);
                }
            }
            return;
        }
        int link = stepLink[index];
        for (int entry : new int[] {graph.linkA[link], graph.linkB[link]}) {
            int exit = graph.across(link, entry);
            if (used.get(exit) || entry == exit) {
                continue;
            }
            if (entry == at) {
                BitSet passed = (BitSet) used.clone();
                passed.set(exit);
                step(index + 1, exit, passed, append(links, new int[] {link}), weight + request.weights[link]);
            } else if (!used.get(entry)) {
                for (ComputedPath leg : legs(index, at, entry, link, used)) {
                    follow(index, leg, used, links, weight, link);
                }
            }
        }
    }

    /** Goes on from the end of a leg, across the step's link when it has one. */
    private void follow(int index, ComputedPath leg, BitSet used, int[] links, long weight, int link) {
        BitSet passed = (BitSet) used.clone();
        int[] legLinks = leg.links().stream().mapToInt(l -> graph.link(l.uuid())).toArray();
        leg.nodeIds().forEach(id -> passed.set(graph.node(id)));
        int end = graph.node(leg.nodeIds().get(leg.nodeIds().size() - 1));
        long total = weight + leg.metric();
        if (link >= 0) {
            int exit = graph.across(link, end);
            if (passed.get(exit)) {
                return;
            }
            passed.set(exit);
            legLinks = append(legLinks, new int[] {link});
            total += request.weights[link];
            end = exit;
        }
        step(index + 1, end, passed, append(links, legLinks), total);
    }

    /** The best few paths of a leg, clear of the nodes used so far and of the steps still ahead. */
    private List<ComputedPath> legs(int index, int from, int to, int crossing, BitSet used) {
        if (searches++ >= BUDGET) {
            return List.of();
        }
        BitSet legUsable = (BitSet) usable.clone();
        for (int node = used.nextSetBit(0); node >= 0; node = used.nextSetBit(node + 1)) {
            if (node != from) {
                UsableLinks.clearNode(graph, legUsable, node);
            }
        }
        for (int later = index + 1; later < stepNode.length; later++) {
            int[] ahead = stepNode[later] >= 0 ? new int[] {stepNode[later]}
                    : new int[] {graph.linkA[stepLink[later]], graph.linkB[stepLink[later]]};
            for (int node : ahead) {
                if (node != to && node != from) {
                    UsableLinks.clearNode(graph, legUsable, node);
                }
            }
        }
        if (crossing >= 0) {
            // the leg must not pass the far end of the link it is about to cross
            int exit = graph.across(crossing, to);
            if (exit != from) {
                UsableLinks.clearNode(graph, legUsable, exit);
            }
            legUsable.clear(crossing);
        }
        return YenKShortestPaths.find(request, from, to, legUsable, PathConstraints.NONE, ALTERNATIVES);
    }

    private boolean withinBounds(int[] links) {
        if (bounds.maxHops() != null && links.length > bounds.maxHops()) {
            return false;
        }
        if (bounds.maxLatencyMicros() != null) {
            long latency = 0;
            for (int link : links) {
                latency += graph.latency[link];
            }
            return latency <= bounds.maxLatencyMicros();
        }
        return true;
    }

    private ComputedPath path(int[] links) {
        List<String> nodes = new ArrayList<>(List.of(graph.nodeIds[request.source]));
        List<Link> route = new ArrayList<>();
        int at = request.source;
        for (int link : links) {
            at = graph.across(link, at);
            nodes.add(graph.nodeIds[at]);
            route.add(graph.links[link]);
        }
        return new ComputedPath(nodes, route, bestWeight);
    }

    private static int[] append(int[] head, int[] tail) {
        int[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
