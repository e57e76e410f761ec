package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Where a connection terminates on a node edge point (tapi-connectivity:connection-end-point), listed under the edge
 * point that owns it.
 * <p>
 * Besides the NRP members it has the TAPI 2.1 member {@code layer-protocol-qualifier}, which the NRP API of 2018
 * lacks: it keeps the exact layer (ODU2, OTSi, OMS...) of a network imported from a TAPI 2.1.3 context and is
 * absent for Ethernet networks, so NRP responses stay as the swagger defines them.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectionEndPoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("termination-direction") TerminationDirection terminationDirection,
        @JsonProperty("termination-state") TerminationState terminationState,
        @JsonProperty("client-node-edge-point") List<OwnedNodeEdgePointRef> clientNodeEdgePoint,
        @JsonProperty("connectivity-service-end-point") String connectivityServiceEndPoint,
        @JsonProperty("connection-port-role") PortRole connectionPortRole,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("layer-protocol-qualifier") String layerProtocolQualifier,
        @JsonProperty("parent-node-edge-point") List<OwnedNodeEdgePointRef> parentNodeEdgePoint,
        @JsonProperty("connection-port-direction") PortDirection connectionPortDirection)
        implements ConnectionEndPointBuilder.With {
    public ConnectionEndPoint {
        name = Lists.copy(name);
        clientNodeEdgePoint = Lists.copy(clientNodeEdgePoint);
        parentNodeEdgePoint = Lists.copy(parentNodeEdgePoint);
    }

}
