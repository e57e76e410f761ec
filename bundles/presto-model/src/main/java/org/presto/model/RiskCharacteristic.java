package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A shared-risk characteristic of a topological entity: its name and the identifiers of the physical or geographic
 * units, such as a duct, it depends on; entities sharing an identifier are likely to fail together
 * (tapi-topology:risk-characteristic).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RiskCharacteristic(
        @JsonProperty("risk-characteristic-name") String riskCharacteristicName,
        @JsonProperty("risk-identifier-list") List<String> riskIdentifierList)
        implements RiskCharacteristicBuilder.With {

    public RiskCharacteristic {
        riskIdentifierList = Lists.copy(riskIdentifierList);
    }
}
