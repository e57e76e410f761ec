package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Reference to a TAPI connectivity service by its uuid, e.g. in the diversity-exclusion list of a connectivity
 * constraint (tapi-connectivity:connectivity-service-ref).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityServiceRef(
        @JsonProperty("connectivity-service-id") String connectivityServiceId)
        implements ConnectivityServiceRefBuilder.With {
}
