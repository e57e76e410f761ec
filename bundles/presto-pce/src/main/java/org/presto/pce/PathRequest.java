package org.presto.pce;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;

/**
 * What to route: between two nodes of a topology, minimising the objective, over enabled links, within the
 * constraints. The same topology instance asked about again is not analysed again: keep one instance per state of
 * the network and pass what is reserved on its links as {@code kbpsInUse}.
 *
 * @param objective MIN_WORK_ROUTE_HOP, MIN_WORK_ROUTE_COST or MIN_WORK_ROUTE_LATENCY; null means cost
 * @param kbpsInUse capacity in kbit/s already reserved per link uuid, taken off what the link states as available
 *                  (or, stating none, as its total potential capacity)
 */
public record PathRequest(Topology topology, String sourceNodeId, String targetNodeId,
                          RouteObjectiveFunction objective, PathConstraints constraints, Map<String, Long> kbpsInUse) {
    public PathRequest {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(sourceNodeId, "sourceNodeId");
        Objects.requireNonNull(targetNodeId, "targetNodeId");
        objective = objective == null ? RouteObjectiveFunction.MIN_WORK_ROUTE_COST : objective;
        constraints = constraints == null ? PathConstraints.NONE : constraints;
        kbpsInUse = kbpsInUse == null ? Map.of() : Map.copyOf(kbpsInUse);
    }

    /** A request on a topology whose links state what is available, nothing reserved beyond that. */
    public PathRequest(Topology topology, String sourceNodeId, String targetNodeId, RouteObjectiveFunction objective,
                       PathConstraints constraints) {
        this(topology, sourceNodeId, targetNodeId, objective, constraints, null);
    }

    /**
     * A request constrained only by capacity and excluded nodes.
     *
     * @param requiredKbps capacity in kbit/s each link must still have available; 0 for none
     */
    public PathRequest(Topology topology, String sourceNodeId, String targetNodeId, RouteObjectiveFunction objective,
                       long requiredKbps, Set<String> excludedNodeIds) {
        this(topology, sourceNodeId, targetNodeId, objective,
                new PathConstraints(requiredKbps, excludedNodeIds, null, null, null, null, null), null);
    }

    public PathRequest withConstraints(PathConstraints other) {
        return new PathRequest(topology, sourceNodeId, targetNodeId, objective, other, kbpsInUse);
    }
}
