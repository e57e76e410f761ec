package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Reference to a switch control of a TAPI connection by connection and switch control uuid
 * (tapi-connectivity:switch-control-ref).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SwitchControlRef(
        @JsonProperty("connection-id") String connectionId,
        @JsonProperty("switch-control-id") String switchControlId) implements SwitchControlRefBuilder.With {
}
