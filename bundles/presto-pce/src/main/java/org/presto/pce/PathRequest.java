package org.presto.pce;

import java.util.Objects;
import java.util.Set;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;

/**
 * What to route: between two nodes of a topology, minimising the objective, over links that are enabled and have at
 * least the required available capacity, through none of the excluded nodes.
 *
 * @param objective MIN_WORK_ROUTE_HOP, MIN_WORK_ROUTE_COST or MIN_WORK_ROUTE_LATENCY; null means cost
 * @param requiredKbps capacity in kbit/s each link must still have available; 0 for none
 */
public record PathRequest(Topology topology, String sourceNodeId, String targetNodeId,
                          RouteObjectiveFunction objective, long requiredKbps, Set<String> excludedNodeIds) {
    public PathRequest {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(sourceNodeId, "sourceNodeId");
        Objects.requireNonNull(targetNodeId, "targetNodeId");
        objective = objective == null ? RouteObjectiveFunction.MIN_WORK_ROUTE_COST : objective;
        excludedNodeIds = excludedNodeIds == null ? Set.of() : Set.copyOf(excludedNodeIds);
    }
}
