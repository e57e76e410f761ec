package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A connectivity service (tapi-connectivity:connectivity-service). The connectivity constraint members
 * (service-type, requested-capacity, route-objective-function) sit at the top level, as the spec's allOf puts them.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityService(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("nrp-carrier-eth-connectivity-resource")
        NrpCarrierEthConnectivityResource nrpCarrierEthConnectivityResource,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
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
        @JsonProperty("coroute-inclusion") String corouteInclusion,
        @JsonProperty("is-lock-out") Boolean isLockOut,
        @JsonProperty("max-switch-times") Integer maxSwitchTimes,
        @JsonProperty("restoration-coordinate-type") CoordinateType restorationCoordinateType,
        @JsonProperty("is-coordinated-switching-both-ends") Boolean isCoordinatedSwitchingBothEnds,
        @JsonProperty("hold-off-time") Integer holdOffTime,
        @JsonProperty("is-frozen") Boolean isFrozen,
        @JsonProperty("wait-to-revert-time") Integer waitToRevertTime,
        @JsonProperty("layer-protocol") LayerProtocolName layerProtocol,
        @JsonProperty("resilience-type") ResilienceType resilienceType,
        @JsonProperty("restore-priority") Integer restorePriority,
        @JsonProperty("reversion-mode") ReversionMode reversionMode,
        @JsonProperty("include-node") List<NodeRef> includeNode,
        @JsonProperty("exclude-link") List<LinkRef> excludeLink,
        @JsonProperty("avoid-topology") List<TopologyRef> avoidTopology,
        @JsonProperty("exclude-path") List<PathRef> excludePath,
        @JsonProperty("include-link") List<LinkRef> includeLink,
        @JsonProperty("preferred-transport-layer") List<LayerProtocolName> preferredTransportLayer,
        @JsonProperty("exclude-node") List<NodeRef> excludeNode,
        @JsonProperty("include-topology") List<TopologyRef> includeTopology,
        @JsonProperty("include-path") List<PathRef> includePath,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("connection") List<String> connection,
        @JsonProperty("end-point") List<ConnectivityServiceEndPoint> endPoint,
        @JsonProperty("direction") ForwardingDirection direction) implements ConnectivityServiceBuilder.With {
    public ConnectivityService {
        name = Lists.copy(name);
        diversityExclusion = Lists.copy(diversityExclusion);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
        includeNode = Lists.copy(includeNode);
        excludeLink = Lists.copy(excludeLink);
        avoidTopology = Lists.copy(avoidTopology);
        excludePath = Lists.copy(excludePath);
        includeLink = Lists.copy(includeLink);
        preferredTransportLayer = Lists.copy(preferredTransportLayer);
        excludeNode = Lists.copy(excludeNode);
        includeTopology = Lists.copy(includeTopology);
        includePath = Lists.copy(includePath);
        connection = Lists.copy(connection);
        endPoint = Lists.copy(endPoint);
    }


    public ConnectivityService withStates(OperationalState operational, LifecycleState lifecycle) {
        return with(service -> service
                .endPoint(endPoint.stream().map(ep -> ep.withStates(ep.localId(), operational, lifecycle)).toList())
                .operationalState(operational)
                .lifecycleState(lifecycle));
    }

    /** True when the uuid or one of the name values equals the given text (how *-id-or-name inputs resolve). */
    public boolean isIdentifiedBy(String idOrName) {
        return IdOrName.matches(uuid, name, idOrName);
    }
}
