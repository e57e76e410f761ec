package org.presto.pce.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.presto.model.Capacity;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.OperationalState;
import org.presto.model.RiskCharacteristic;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;

/**
 * A topology turned into int arrays once, so that requests search it without building anything per node: nodes are
 * numbered in the order of their ids (which makes ties break the same way on every run), links in topology order,
 * and each node's arcs sit side by side (compressed sparse rows). What varies per request (exclusions, capacity in
 * use) is applied as a bitset of usable links, see {@link UsableLinks}.
 */
final class CompiledTopology {
    /** Capacity of a link that states none: it never limits a path. */
    static final long UNLIMITED = Long.MAX_VALUE;

    final Topology topology;
    final String[] nodeIds;
    final Link[] links;
    /** The two end nodes of each link, -1 when the link does not join exactly two nodes. */
    final int[] linkA;
    final int[] linkB;
    final long[] cost;
    final long[] latency;
    final long[] hops;
    /** Available capacity in kbit/s as the topology states it (available, else total potential). */
    final long[] capacityKbps;
    /** Whether the link joins two nodes and is not disabled. */
    final boolean[] enabled;
    /** The layers a link carries as bits of {@link LayerProtocolName#ordinal()}; 0 for a link stating none. */
    final long[] layers;
    /** The shared-risk identifiers of each link, numbered. */
    final int[][] risks;
    /** Arcs of node v are {@code arcStart[v]} to {@code arcStart[v + 1] - 1}. */
    final int[] arcStart;
    final int[] arcTo;
    final int[] arcLink;
    private final Map<String, Integer> nodeIndex;
    private final Map<String, Integer> linkIndex;
    private final Map<String, Integer> riskIndex = new HashMap<>();

    CompiledTopology(Topology topology) {
        this.topology = topology;
        TreeSet<String> ids = new TreeSet<>();
        topology.node().stream().map(Node::uuid).forEach(ids::add);
        List<Link> all = topology.link();
        for (Link link : all) {
            link.nodeEdgePoint().forEach(end -> ids.add(end.nodeId()));
        }
        nodeIds = ids.toArray(String[]::new);
        nodeIndex = indexOf(nodeIds);
        int m = all.size();
        links = all.toArray(Link[]::new);
        linkIndex = new HashMap<>(m * 2);
        linkA = new int[m];
        linkB = new int[m];
        cost = new long[m];
        latency = new long[m];
        hops = new long[m];
        capacityKbps = new long[m];
        enabled = new boolean[m];
        layers = new long[m];
        risks = new int[m][];
        int[] degree = new int[nodeIds.length + 1];
        for (int l = 0; l < m; l++) {
            Link link = links[l];
            linkIndex.putIfAbsent(link.uuid(), l);
            boolean joinsTwo = link.nodeEdgePoint().size() == 2;
            linkA[l] = joinsTwo ? nodeIndex.get(link.nodeEdgePoint().get(0).nodeId()) : -1;
            linkB[l] = joinsTwo ? nodeIndex.get(link.nodeEdgePoint().get(1).nodeId()) : -1;
            enabled[l] = joinsTwo && link.operationalState() != OperationalState.DISABLED;
            cost[l] = LinkMetrics.weight(link, RouteObjectiveFunction.MIN_WORK_ROUTE_COST);
            latency[l] = LinkMetrics.latency(link);
            hops[l] = 1;
            Capacity capacity = link.availableCapacity() != null ? link.availableCapacity()
                    : link.totalPotentialCapacity();
            capacityKbps[l] = capacity == null ? UNLIMITED : capacity.toKbps();
            for (LayerProtocolName layer : link.layerProtocolName()) {
                layers[l] |= 1L << layer.ordinal();
            }
            risks[l] = link.riskCharacteristic().stream().map(RiskCharacteristic::riskIdentifierList)
                    .flatMap(List::stream).mapToInt(this::riskNumber).distinct().toArray();
            if (joinsTwo) {
                degree[linkA[l] + 1]++;
                degree[linkB[l] + 1]++;
            }
        }
        arcStart = new int[nodeIds.length + 1];
        for (int v = 0; v < nodeIds.length; v++) {
            arcStart[v + 1] = arcStart[v] + degree[v + 1];
        }
        arcTo = new int[arcStart[nodeIds.length]];
        arcLink = new int[arcTo.length];
        int[] next = Arrays.copyOf(arcStart, nodeIds.length);
        for (int l = 0; l < m; l++) {
            if (linkA[l] >= 0) {
                arcTo[next[linkA[l]]] = linkB[l];
                arcLink[next[linkA[l]]++] = l;
                arcTo[next[linkB[l]]] = linkA[l];
                arcLink[next[linkB[l]]++] = l;
            }
        }
    }

    int nodeCount() {
        return nodeIds.length;
    }

    int linkCount() {
        return links.length;
    }

    /** The node's number, or -1 when the topology has no such node. */
    int node(String id) {
        return nodeIndex.getOrDefault(id, -1);
    }

    /** The link's number, or -1 when the topology has no such link. */
    int link(String id) {
        return linkIndex.getOrDefault(id, -1);
    }

    /** The risk's number, or -1 when no link of the topology has that risk. */
    int risk(String id) {
        return riskIndex.getOrDefault(id, -1);
    }

    /** The weight of every link for an objective. */
    long[] weights(RouteObjectiveFunction objective) {
        return switch (objective) {
            case MIN_WORK_ROUTE_HOP, MIN_SUM_OF_WORK_AND_PROTECTION_ROUTE_HOP -> hops;
            case MIN_WORK_ROUTE_LATENCY, MIN_SUM_OF_WORK_AND_PROTECTION_ROUTE_LATENCY -> latency;
            default -> cost;
        };
    }

    /** The node at the other end of a link. */
    int across(int link, int from) {
        return linkA[link] == from ? linkB[link] : linkA[link];
    }

    private int riskNumber(String id) {
        return riskIndex.computeIfAbsent(id, k -> riskIndex.size());
    }

    private static Map<String, Integer> indexOf(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }
}
