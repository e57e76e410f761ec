package org.presto.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.presto.model.PathObjectiveFunction;
import org.presto.model.PathOptimizationConstraint;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.RoutingConstraint;

/** What a client asks of path computation; null members take their defaults (or, on optimize, stay as they were). */
public record PathComputationRequest(List<PathServiceEndPoint> endPoints, RoutingConstraint routingConstraint,
                                     PathObjectiveFunction objectiveFunction,
                                     PathOptimizationConstraint optimizationConstraint) {
    public PathComputationRequest {
        endPoints = endPoints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(endPoints));
    }
}
