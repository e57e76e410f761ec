package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * MEF NRP attributes of a TAPI service interface point that is an INNI-N, an internal interface to another device of
 * the same ICM domain: the maximum frame size and the L2CP peering list
 * (nrp-interface:nrp-carrier-eth-inni-n-resource).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthInniNResource(
        @JsonProperty("l2cp-peering-list") List<L2cpPeering> l2cpPeeringList,
        @JsonProperty("max-frame-size") Long maxFrameSize) implements NrpCarrierEthInniNResourceBuilder.With {

    public NrpCarrierEthInniNResource {
        l2cpPeeringList = Lists.copy(l2cpPeeringList);
    }
}
