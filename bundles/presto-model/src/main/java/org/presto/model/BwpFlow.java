package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A MEF bandwidth profile flow: the token bucket parameters CIR, CIR Max, EIR and EIR Max (bit/s), CBS and EBS (bytes),
 * coupling flag, color mode and token request offset, plus its rank in its envelope. It polices ingress or egress
 * frames per UNI, per end point, per CoS name or per EEC name (mef-common:bwp-flow).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BwpFlow(
        @JsonProperty("cir-max") Long cirMax,
        @JsonProperty("envelope") Envelope envelope,
        @JsonProperty("token-request-offset") Long tokenRequestOffset,
        @JsonProperty("coupling-flag") Boolean couplingFlag,
        @JsonProperty("cbs") Long cbs,
        @JsonProperty("color-mode") ColorMode colorMode,
        @JsonProperty("ebs") Long ebs,
        @JsonProperty("rank") Long rank,
        @JsonProperty("eir-max") Long eirMax,
        @JsonProperty("cir") Long cir,
        @JsonProperty("eir") Long eir) implements BwpFlowBuilder.With {
}
