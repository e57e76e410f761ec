package org.presto.pce;

import java.util.Objects;
import java.util.Set;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;

/**
 * What to route: between two nodes of a topology, minimising the objective, over enabled links, within the
 * constraints.
 *
 * @param objective MIN_WORK_ROUTE_HOP, MIN_WORK_ROUTE_COST or MIN_WORK_ROUTE_LATENCY; null means cost
 */
public record PathRequest(Topology topology, String sourceNodeId, String targetNodeId,
                          RouteObjectiveFunction objective, PathConstraints constraints) {
    public PathRequest {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(sourceNodeId, "sourceNodeId");
        Objects.requireNonNull(targetNodeId, "targetNodeId");
        objective = objective == null ? RouteObjectiveFunction.MIN_WORK_ROUTE_COST : objective;
        constraints = constraints == null ? PathConstraints.NONE : constraints;
    }

    /**
     * A request constrained only by capacity and excluded nodes.
     *
     * @param requiredKbps capacity in kbit/s each link must still have available; 0 for none
     */
    public PathRequest(Topology topology, String sourceNodeId, String targetNodeId, RouteObjectiveFunction objective,
                       long requiredKbps, Set<String> excludedNodeIds) {
        this(topology, sourceNodeId, targetNodeId, objective,
                new PathConstraints(requiredKbps, excludedNodeIds, null, null, null, null, null));
    }

    public PathRequest withConstraints(PathConstraints other) {
        return new PathRequest(topology, sourceNodeId, targetNodeId, objective, other);
    }
}
