package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A named cost of a topological entity (tapi-topology:cost-characteristic). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CostCharacteristic(
        @JsonProperty("cost-name") String costName,
        @JsonProperty("cost-value") String costValue,
        @JsonProperty("cost-algorithm") String costAlgorithm) {
}
