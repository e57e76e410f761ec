package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The objectives of a TAPI path computation, each a directive value: bandwidth optimization, concurrent paths, cost
 * optimization, link utilization and resource sharing (tapi-path-computation:path-objective-function).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathObjectiveFunction(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("link-utilization") DirectiveValue linkUtilization,
        @JsonProperty("bandwidth-optimization") DirectiveValue bandwidthOptimization,
        @JsonProperty("cost-optimization") DirectiveValue costOptimization,
        @JsonProperty("resource-sharing") DirectiveValue resourceSharing,
        @JsonProperty("concurrent-paths") DirectiveValue concurrentPaths) implements PathObjectiveFunctionBuilder.With {

    public PathObjectiveFunction {
        name = Lists.copy(name);
    }
}
