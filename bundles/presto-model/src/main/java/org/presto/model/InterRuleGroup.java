package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Rules that apply between two or more node rule groups of a TAPI node, with the capacity, cost, latency and risk
 * characteristics of forwarding between them (tapi-topology:inter-rule-group).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InterRuleGroup(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("risk-characteristic") List<RiskCharacteristic> riskCharacteristic,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic,
        @JsonProperty("associated-node-rule-group") List<NodeRuleGroupRef> associatedNodeRuleGroup,
        @JsonProperty("rule") List<Rule> rule) implements InterRuleGroupBuilder.With {

    public InterRuleGroup {
        name = Lists.copy(name);
        riskCharacteristic = Lists.copy(riskCharacteristic);
        costCharacteristic = Lists.copy(costCharacteristic);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
        associatedNodeRuleGroup = Lists.copy(associatedNodeRuleGroup);
        rule = Lists.copy(rule);
    }
}
