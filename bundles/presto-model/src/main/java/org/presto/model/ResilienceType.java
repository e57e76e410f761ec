package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The resilience of a TAPI link or connectivity service: its restoration policy and protection type
 * (tapi-topology:resilience-type).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResilienceType(
        @JsonProperty("restoration-policy") RestorationPolicy restorationPolicy,
        @JsonProperty("protection-type") ProtectionType protectionType) implements ResilienceTypeBuilder.With {
}
