package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** A forwarding node of a topology (tapi-topology:node), here one network element. */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Node(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("error-characteristic") String errorCharacteristic,
        @JsonProperty("unavailable-time-characteristic") String unavailableTimeCharacteristic,
        @JsonProperty("server-integrity-process-characteristic") String serverIntegrityProcessCharacteristic,
        @JsonProperty("delivery-order-characteristic") String deliveryOrderCharacteristic,
        @JsonProperty("repeat-delivery-characteristic") String repeatDeliveryCharacteristic,
        @JsonProperty("loss-characteristic") String lossCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("encap-topology") TopologyRef encapTopology,
        @JsonProperty("owned-node-edge-point") List<NodeEdgePoint> ownedNodeEdgePoint,
        @JsonProperty("node-rule-group") List<NodeRuleGroup> nodeRuleGroup,
        @JsonProperty("aggregated-node-edge-point") List<String> aggregatedNodeEdgePoint) implements NodeBuilder.With {
    public Node {
        name = Lists.copy(name);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
        layerProtocolName = Lists.copy(layerProtocolName);
        ownedNodeEdgePoint = Lists.copy(ownedNodeEdgePoint);
        nodeRuleGroup = Lists.copy(nodeRuleGroup);
        aggregatedNodeEdgePoint = Lists.copy(aggregatedNodeEdgePoint);
    }




    /**
     * This node in the given operational state; a DISABLED node takes its edge points with it, while an ENABLED one
     * leaves them as they are, since a port can be down on a working node.
     */
    public Node withCascadedOperationalState(OperationalState state) {
        if (state != OperationalState.DISABLED) {
            return withOperationalState(state);
        }
        return with(node -> node
                .ownedNodeEdgePoint(ownedNodeEdgePoint.stream().map(nep -> nep.withOperationalState(state)).toList())
                .operationalState(state));
    }
}
