package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A TAPI name-and-value pair. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Name(@JsonProperty("value-name") String valueName, @JsonProperty("value") String value) {
}
