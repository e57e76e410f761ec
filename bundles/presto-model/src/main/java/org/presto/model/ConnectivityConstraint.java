package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The constraints a client sets on a TAPI connectivity service: service type and level, requested capacity, schedule,
 * cost and latency, route objective function and diversity policy, co-routing with and diversity from other services.
 * is-exclusive tells dedicated from shared services, e.g. EPL from EVPL (tapi-connectivity:connectivity-constraint).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityConstraint(
        @JsonProperty("diversity-policy") DiversityPolicy diversityPolicy,
        @JsonProperty("route-objective-function") RouteObjectiveFunction routeObjectiveFunction,
        @JsonProperty("schedule") TimeRange schedule,
        @JsonProperty("requested-capacity") Capacity requestedCapacity,
        @JsonProperty("is-exclusive") Boolean isExclusive,
        @JsonProperty("diversity-exclusion") List<ConnectivityServiceRef> diversityExclusion,
        @JsonProperty("service-level") String serviceLevel,
        @JsonProperty("service-type") ServiceType serviceType,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("coroute-inclusion") String corouteInclusion) implements ConnectivityConstraintBuilder.With {

    public ConnectivityConstraint {
        diversityExclusion = Lists.copy(diversityExclusion);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
    }
}
