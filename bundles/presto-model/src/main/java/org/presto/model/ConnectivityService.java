package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A connectivity service (tapi-connectivity:connectivity-service). The connectivity constraint members
 * (service-type, requested-capacity, route-objective-function) sit at the top level, as the spec's allOf puts them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityService(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("end-point") List<ConnectivityServiceEndPoint> endPoint,
        @JsonProperty("connection") List<String> connection,
        @JsonProperty("service-type") ServiceType serviceType,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("direction") ForwardingDirection direction,
        @JsonProperty("requested-capacity") Capacity requestedCapacity,
        @JsonProperty("route-objective-function") RouteObjectiveFunction routeObjectiveFunction,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState) {

    public ConnectivityService {
        name = Lists.copy(name);
        endPoint = Lists.copy(endPoint);
        connection = Lists.copy(connection);
    }

    public ConnectivityService withStates(OperationalState operational, LifecycleState lifecycle) {
        return new ConnectivityService(uuid, name, endPoint.stream()
                .map(ep -> ep.withStates(ep.localId(), operational, lifecycle)).toList(), connection, serviceType,
                layerProtocolName, direction, requestedCapacity, routeObjectiveFunction, administrativeState,
                operational, lifecycle);
    }

    /** True when the uuid or one of the name values equals the given text (how *-id-or-name inputs resolve). */
    public boolean isIdentifiedBy(String idOrName) {
        return uuid.equals(idOrName) || name.stream().anyMatch(n -> idOrName.equals(n.value()));
    }
}
