package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where a connection terminates on a node edge point (tapi-connectivity:connection-end-point), listed under the
 * edge point that owns it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectionEndPoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("parent-node-edge-point") List<OwnedNodeEdgePointRef> parentNodeEdgePoint,
        @JsonProperty("connection-port-direction") PortDirection connectionPortDirection,
        @JsonProperty("connection-port-role") PortRole connectionPortRole,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState) {

    public ConnectionEndPoint {
        name = Lists.copy(name);
        parentNodeEdgePoint = Lists.copy(parentNodeEdgePoint);
    }
}
