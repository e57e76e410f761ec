package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A forwarding node of a topology (tapi-topology:node), here one network element. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Node(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("owned-node-edge-point") List<NodeEdgePoint> ownedNodeEdgePoint,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic) {

    public Node {
        name = Lists.copy(name);
        layerProtocolName = Lists.copy(layerProtocolName);
        ownedNodeEdgePoint = Lists.copy(ownedNodeEdgePoint);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
    }


    public Node withEdgePoints(List<NodeEdgePoint> edgePoints) {
        return new Node(uuid, name, layerProtocolName, edgePoints, administrativeState, operationalState,
                lifecycleState, costCharacteristic, latencyCharacteristic);
    }

    /** This node, and each of its edge points, in the given operational state. */
    public Node withOperationalState(OperationalState state) {
        return new Node(uuid, name, layerProtocolName,
                ownedNodeEdgePoint.stream().map(nep -> nep.withOperationalState(state)).toList(),
                administrativeState, state, lifecycleState, costCharacteristic, latencyCharacteristic);
    }
}
