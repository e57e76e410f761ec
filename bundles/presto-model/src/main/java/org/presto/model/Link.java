package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A link between node edge points of two nodes (tapi-topology:link). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Link(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("node-edge-point") List<OwnedNodeEdgePointRef> nodeEdgePoint,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("direction") ForwardingDirection direction,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic) {

    public Link {
        name = Lists.copy(name);
        nodeEdgePoint = Lists.copy(nodeEdgePoint);
        layerProtocolName = Lists.copy(layerProtocolName);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
    }

    public Link withOperationalState(OperationalState state) {
        return new Link(uuid, name, nodeEdgePoint, layerProtocolName, direction, administrativeState, state,
                lifecycleState, totalPotentialCapacity, availableCapacity, costCharacteristic, latencyCharacteristic);
    }
}
