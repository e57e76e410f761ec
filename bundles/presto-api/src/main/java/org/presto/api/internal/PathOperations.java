package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.presto.core.PathComputation;
import org.presto.core.PathComputationRequest;
import org.presto.model.PathObjectiveFunction;
import org.presto.model.PathOptimizationConstraint;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.RoutingConstraint;

/** The path computation RPCs: compute, optimize and delete a point-to-point path. */
final class PathOperations implements RpcOperations {
    /** The input of compute-p-2-p-path. */
    record ComputeInput(
            @JsonProperty("sep") List<PathServiceEndPoint> sep,
            @JsonProperty("routing-constraint") RoutingConstraint routingConstraint,
            @JsonProperty("objective-function") PathObjectiveFunction objectiveFunction) {
    }

    /** The input of optimize-p-2-p-path. */
    record OptimizeInput(
            @JsonProperty("path-id-or-name") String pathIdOrName,
            @JsonProperty("routing-constraint") RoutingConstraint routingConstraint,
            @JsonProperty("optimization-constraint") PathOptimizationConstraint optimizationConstraint,
            @JsonProperty("objective-function") PathObjectiveFunction objectiveFunction) {
    }

    private static final String PATH = "path-id-or-name";

    private final PathComputation paths;

    PathOperations(PathComputation paths) {
        this.paths = paths;
    }

    @Override
    public Map<String, Function<RpcInput, Object>> operations() {
        return Map.of(
                "compute-p-2-p-path", this::compute,
                "optimize-p-2-p-path", this::optimize,
                "delete-p-2-p-path", in -> Map.of("service", paths.deletePath(in.requiredString(PATH, Set.of(PATH)))));
    }

    private Object compute(RpcInput in) {
        ComputeInput input = in.as(ComputeInput.class);
        return Map.of("service", paths.computePath(new PathComputationRequest(input.sep(),
                input.routingConstraint(), input.objectiveFunction(), null)));
    }

    private Object optimize(RpcInput in) {
        OptimizeInput input = in.as(OptimizeInput.class);
        if (input.pathIdOrName() == null || input.pathIdOrName().isBlank()) {
            throw RestconfError.invalidValue(PATH + " is required", "/input/" + PATH);
        }
        return Map.of("service", paths.optimizePath(input.pathIdOrName(), new PathComputationRequest(null,
                input.routingConstraint(), input.objectiveFunction(), input.optimizationConstraint())));
    }
}
