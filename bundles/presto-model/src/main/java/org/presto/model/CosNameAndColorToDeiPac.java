package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * An Egress Map entry that sets the DEI of egress frames (0, 1 or discard) from their ingress CoS name and ingress
 * color (mef-common:cos-name-and-color-to-dei-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CosNameAndColorToDeiPac(
        @JsonProperty("ingress-cos-name") String ingressCosName,
        @JsonProperty("dei-value") DeiOrDiscard deiValue,
        @JsonProperty("ingress-color") FrameColor ingressColor) implements CosNameAndColorToDeiPacBuilder.With {
}
