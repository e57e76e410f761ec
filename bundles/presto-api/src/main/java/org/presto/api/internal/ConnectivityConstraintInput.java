package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityServiceRef;
import org.presto.model.DiversityPolicy;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceType;

/** The conn-constraint members of a create request that this version honours. */
record ConnectivityConstraintInput(
        @JsonProperty("service-type") ServiceType serviceType,
        @JsonProperty("requested-capacity") Capacity requestedCapacity,
        @JsonProperty("route-objective-function") RouteObjectiveFunction routeObjectiveFunction,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("diversity-exclusion") List<ConnectivityServiceRef> diversityExclusion,
        @JsonProperty("diversity-policy") DiversityPolicy diversityPolicy,
        @JsonProperty("service-level") String serviceLevel) {

    ConnectivityConstraintInput {
        latencyCharacteristic = latencyCharacteristic == null ? List.of() : List.copyOf(latencyCharacteristic);
        diversityExclusion = diversityExclusion == null ? List.of() : List.copyOf(diversityExclusion);
    }
}
