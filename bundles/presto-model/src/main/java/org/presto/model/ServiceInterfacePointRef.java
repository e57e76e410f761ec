package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a service interface point by uuid; TAPI 2.1 clients name the member service-interface-point-uuid. */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceInterfacePointRef(
        @JsonProperty("service-interface-point-id") String serviceInterfacePointId)
        implements ServiceInterfacePointRefBuilder.With {
}
