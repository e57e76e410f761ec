package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The constraint on optimizing an existing TAPI path: a directive value for traffic interruption
 * (tapi-path-computation:path-optimization-constraint).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathOptimizationConstraint(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("traffic-interruption") DirectiveValue trafficInterruption)
        implements PathOptimizationConstraintBuilder.With {

    public PathOptimizationConstraint {
        name = Lists.copy(name);
    }
}
