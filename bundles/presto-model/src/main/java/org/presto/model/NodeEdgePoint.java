package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A port of a node (tapi-topology:owned-node-edge-point). Edge ports map to service interface points; the
 * connection end points of the connections through the port are listed under it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeEdgePoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("link-port-direction") PortDirection linkPortDirection,
        @JsonProperty("link-port-role") PortRole linkPortRole,
        @JsonProperty("mapped-service-interface-point") List<ServiceInterfacePointRef> mappedServiceInterfacePoint,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("connection-end-point") List<ConnectionEndPoint> connectionEndPoint) {

    public NodeEdgePoint {
        name = Lists.copy(name);
        mappedServiceInterfacePoint = Lists.copy(mappedServiceInterfacePoint);
        connectionEndPoint = Lists.copy(connectionEndPoint);
    }

    public NodeEdgePoint withOperationalState(OperationalState state) {
        return new NodeEdgePoint(uuid, name, layerProtocolName, linkPortDirection, linkPortRole,
                mappedServiceInterfacePoint, administrativeState, state, lifecycleState, totalPotentialCapacity,
                availableCapacity, connectionEndPoint);
    }

    public NodeEdgePoint withConnectionEndPoints(List<ConnectionEndPoint> ceps) {
        return new NodeEdgePoint(uuid, name, layerProtocolName, linkPortDirection, linkPortRole,
                mappedServiceInterfacePoint, administrativeState, operationalState, lifecycleState,
                totalPotentialCapacity, availableCapacity, ceps);
    }
}
