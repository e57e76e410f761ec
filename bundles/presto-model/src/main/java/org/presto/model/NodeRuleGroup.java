package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A group of node edge points of a TAPI node and the rules for forwarding between them, with their capacity, cost,
 * latency and risk characteristics; it may nest node rule groups and hold inter-rule groups
 * (tapi-topology:node-rule-group).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeRuleGroup(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("risk-characteristic") List<RiskCharacteristic> riskCharacteristic,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("inter-rule-group") List<InterRuleGroup> interRuleGroup,
        @JsonProperty("rule") List<Rule> rule,
        @JsonProperty("node-rule-group") List<NodeRuleGroupRef> nodeRuleGroup,
        @JsonProperty("node-edge-point") List<String> nodeEdgePoint) implements NodeRuleGroupBuilder.With {

    public NodeRuleGroup {
        name = Lists.copy(name);
        riskCharacteristic = Lists.copy(riskCharacteristic);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
        interRuleGroup = Lists.copy(interRuleGroup);
        rule = Lists.copy(rule);
        nodeRuleGroup = Lists.copy(nodeRuleGroup);
        nodeEdgePoint = Lists.copy(nodeEdgePoint);
    }
}
