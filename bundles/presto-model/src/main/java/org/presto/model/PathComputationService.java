package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A TAPI path computation request and its result: the two end points, the routing constraint, objective function and
 * optimization constraint, and the computed paths (tapi-path-computation:path-computation-service).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathComputationService(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("path") List<PathRef> path,
        @JsonProperty("routing-constraint") RoutingConstraint routingConstraint,
        @JsonProperty("optimization-constraint") PathOptimizationConstraint optimizationConstraint,
        @JsonProperty("objective-function") PathObjectiveFunction objectiveFunction,
        @JsonProperty("end-point") List<PathServiceEndPoint> endPoint) implements PathComputationServiceBuilder.With {

    public PathComputationService {
        name = Lists.copy(name);
        path = Lists.copy(path);
        endPoint = Lists.copy(endPoint);
    }
}
