package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A port of a node (tapi-topology:owned-node-edge-point). Edge ports map to service interface points; the connection
 * end points of the connections through the port are listed under it.
 * <p>
 * Besides the NRP members it has the TAPI 2.1 member {@code supported-cep-layer-protocol-qualifier}, which the NRP API
 * of 2018
 * lacks: it keeps the exact layer (ODU2, OTSi, OMS...) of a network imported from a TAPI 2.1.3 context and is
 * absent for Ethernet networks, so NRP responses stay as the swagger defines them.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeEdgePoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("connection-end-point") List<ConnectionEndPoint> connectionEndPoint,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("termination-direction") TerminationDirection terminationDirection,
        @JsonProperty("termination-state") TerminationState terminationState,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("supported-cep-layer-protocol-qualifier") List<String> supportedCepLayerProtocolQualifier,
        @JsonProperty("link-port-role") PortRole linkPortRole,
        @JsonProperty("mapped-service-interface-point") List<ServiceInterfacePointRef> mappedServiceInterfacePoint,
        @JsonProperty("link-port-direction") PortDirection linkPortDirection,
        @JsonProperty("aggregated-node-edge-point") List<String> aggregatedNodeEdgePoint)
        implements NodeEdgePointBuilder.With {
    public NodeEdgePoint {
        supportedCepLayerProtocolQualifier = Lists.copy(supportedCepLayerProtocolQualifier);
        name = Lists.copy(name);
        connectionEndPoint = Lists.copy(connectionEndPoint);
        mappedServiceInterfacePoint = Lists.copy(mappedServiceInterfacePoint);
        aggregatedNodeEdgePoint = Lists.copy(aggregatedNodeEdgePoint);
    }



}
