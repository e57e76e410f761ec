package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A mechanism that validates the adjacency of a TAPI link: its name, the validation state and how robust the validation
 * is (tapi-topology:validation-mechanism).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ValidationMechanism(
        @JsonProperty("layer-protocol-adjacency-validated") String layerProtocolAdjacencyValidated,
        @JsonProperty("validation-mechanism") String validationMechanism,
        @JsonProperty("validation-robustness") String validationRobustness) implements ValidationMechanismBuilder.With {
}
