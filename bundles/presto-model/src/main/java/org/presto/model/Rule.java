package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A rule of a TAPI node rule group or inter-rule group: its rule type, forwarding rule and override priority
 * (tapi-topology:rule).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Rule(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("override-priority") Integer overridePriority,
        @JsonProperty("forwarding-rule") ForwardingRule forwardingRule,
        @JsonProperty("rule-type") RuleType ruleType) implements RuleBuilder.With {

    public Rule {
        name = Lists.copy(name);
    }
}
