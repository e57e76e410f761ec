package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a node rule group by topology, node and rule group uuid (tapi-topology:node-rule-group-ref). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeRuleGroupRef(
        @JsonProperty("topology-id") String topologyId,
        @JsonProperty("node-id") String nodeId,
        @JsonProperty("node-rule-group-id") String nodeRuleGroupId) implements NodeRuleGroupRefBuilder.With {
}
