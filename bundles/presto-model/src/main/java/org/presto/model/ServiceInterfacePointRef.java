package org.presto.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Reference to a service interface point by uuid; TAPI 2.1 clients name the member service-interface-point-uuid. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceInterfacePointRef(
        @JsonProperty("service-interface-point-id") @JsonAlias("service-interface-point-uuid") String serviceInterfacePointId) {
}
