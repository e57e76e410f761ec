package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.presto.model.Capacity;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceType;

/** The conn-constraint members of a create request that this version honours. */
record ConnectivityConstraintInput(
        @JsonProperty("service-type") ServiceType serviceType,
        @JsonProperty("requested-capacity") Capacity requestedCapacity,
        @JsonProperty("route-objective-function") RouteObjectiveFunction routeObjectiveFunction) {
}
