package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * This class represents ENNI-N management function. It augments the ONF TAPI ServiceInterfacePoint class at the
 * Ethernet frame layer. (nrp.interface.NrpCarrierEthEnniNResource).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthEnniNResource(
        @JsonProperty("l2cp-peering-list") List<L2cpPeering> l2cpPeeringList,
        @JsonProperty("max-frame-size") Long maxFrameSize,
        @JsonProperty("tagged-l2cp-processing") TaggedL2cpProcessing taggedL2cpProcessing)
        implements NrpCarrierEthEnniNResourceBuilder.With {

    public NrpCarrierEthEnniNResource {
        l2cpPeeringList = Lists.copy(l2cpPeeringList);
    }
}
