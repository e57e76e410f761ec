package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A TAPI name-and-value pair. */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Name(
        @JsonProperty("value-name") String valueName,
        @JsonProperty("value") String value) implements NameBuilder.With {
}
