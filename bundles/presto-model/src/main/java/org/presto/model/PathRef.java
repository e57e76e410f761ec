package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Reference to a computed TAPI path by its uuid, e.g. in the include-path and exclude-path lists of a topology
 * constraint (tapi-path-computation:path-ref).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathRef(
        @JsonProperty("path-id") String pathId) implements PathRefBuilder.With {
}
