package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a TAPI connection of the context by its uuid (tapi-connectivity:connection-ref). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectionRef(
        @JsonProperty("connection-id") String connectionId) implements ConnectionRefBuilder.With {
}
