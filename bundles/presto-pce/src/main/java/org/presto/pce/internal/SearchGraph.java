package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.Link;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.RiskCharacteristic;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;

/**
 * The links a request may use, as adjacency lists: enabled links between non-excluded nodes that are not excluded
 * themselves, share no excluded risk, carry the requested layer and have the capacity asked.
 */
final class SearchGraph {
    /** One direction of a usable link, with its weight for the objective and its latency for the bound. */
    record Arc(String to, Link link, long weight, long latency) {
    }

    private final Map<String, List<Arc>> arcs = new HashMap<>();

    SearchGraph(PathRequest request, PathConstraints constraints) {
        for (Link link : request.topology().link()) {
            if (!usable(link, constraints)) {
                continue;
            }
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            long weight = LinkMetrics.weight(link, request.objective());
            long latency = LinkMetrics.latency(link);
            arcs.computeIfAbsent(a, k -> new ArrayList<>()).add(new Arc(b, link, weight, latency));
            arcs.computeIfAbsent(b, k -> new ArrayList<>()).add(new Arc(a, link, weight, latency));
        }
    }

    List<Arc> from(String nodeId) {
        return arcs.getOrDefault(nodeId, List.of());
    }

    private static boolean usable(Link link, PathConstraints constraints) {
        if (link.nodeEdgePoint().size() != 2 || link.operationalState() == OperationalState.DISABLED
                || constraints.excludedLinkIds().contains(link.uuid())) {
            return false;
        }
        for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
            if (constraints.excludedNodeIds().contains(end.nodeId())) {
                return false;
            }
        }
        if (constraints.layer() != null && !link.layerProtocolName().isEmpty()
                && !link.layerProtocolName().contains(constraints.layer())) {
            return false;
        }
        if (!constraints.excludedRisks().isEmpty()) {
            for (RiskCharacteristic risk : link.riskCharacteristic()) {
                if (risk.riskIdentifierList().stream().anyMatch(constraints.excludedRisks()::contains)) {
                    return false;
                }
            }
        }
        return constraints.requiredKbps() <= 0
                || link.availableCapacity() == null
                || link.availableCapacity().toKbps() >= constraints.requiredKbps();
    }
}
