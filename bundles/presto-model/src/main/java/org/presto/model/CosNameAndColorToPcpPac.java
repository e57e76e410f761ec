package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * An Egress Map entry that sets the PCP of egress frames (0 to 7 or discard) from their ingress CoS name and ingress
 * color (mef-common:cos-name-and-color-to-pcp-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CosNameAndColorToPcpPac(
        @JsonProperty("ingress-cos-name") String ingressCosName,
        @JsonProperty("pcp-value") PcpOrDiscard pcpValue,
        @JsonProperty("ingress-color") FrameColor ingressColor) implements CosNameAndColorToPcpPacBuilder.With {
}
