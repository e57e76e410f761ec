package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * This class represents UNI-N management function. It augments the ONF TAPI ServiceInterfacePoint class at the
 * Ethernet frame layer. (nrp.interface.NrpCarrierEthUniNResource).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthUniNResource(
        @JsonProperty("l2cp-peering-list") List<L2cpPeering> l2cpPeeringList,
        @JsonProperty("max-frame-size") Long maxFrameSize,
        @JsonProperty("ingress-bwp-flow") BwpFlow ingressBwpFlow,
        @JsonProperty("elmi-pe-mode-enabled") Boolean elmiPeModeEnabled,
        @JsonProperty("egress-bwp-flow") BwpFlow egressBwpFlow) implements NrpCarrierEthUniNResourceBuilder.With {

    public NrpCarrierEthUniNResource {
        l2cpPeeringList = Lists.copy(l2cpPeeringList);
    }
}
