package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A named cost of a topological entity (tapi-topology:cost-characteristic). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CostCharacteristic(
        @JsonProperty("cost-name") String costName,
        @JsonProperty("cost-value") String costValue,
        @JsonProperty("cost-algorithm") String costAlgorithm) implements CostCharacteristicBuilder.With {
}
