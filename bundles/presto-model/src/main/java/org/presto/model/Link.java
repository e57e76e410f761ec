package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** A link between node edge points of two nodes (tapi-topology:link). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Link(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("transitioned-layer-protocol-name") List<String> transitionedLayerProtocolName,
        @JsonProperty("risk-characteristic") List<RiskCharacteristic> riskCharacteristic,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("error-characteristic") String errorCharacteristic,
        @JsonProperty("unavailable-time-characteristic") String unavailableTimeCharacteristic,
        @JsonProperty("server-integrity-process-characteristic") String serverIntegrityProcessCharacteristic,
        @JsonProperty("delivery-order-characteristic") String deliveryOrderCharacteristic,
        @JsonProperty("repeat-delivery-characteristic") String repeatDeliveryCharacteristic,
        @JsonProperty("loss-characteristic") String lossCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("validation-mechanism") List<ValidationMechanism> validationMechanism,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("resilience-type") ResilienceType resilienceType,
        @JsonProperty("node-edge-point") List<OwnedNodeEdgePointRef> nodeEdgePoint,
        @JsonProperty("direction") ForwardingDirection direction) implements LinkBuilder.With {
    public Link {
        name = Lists.copy(name);
        transitionedLayerProtocolName = Lists.copy(transitionedLayerProtocolName);
        riskCharacteristic = Lists.copy(riskCharacteristic);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
        validationMechanism = Lists.copy(validationMechanism);
        layerProtocolName = Lists.copy(layerProtocolName);
        nodeEdgePoint = Lists.copy(nodeEdgePoint);
    }


}
