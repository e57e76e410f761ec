package org.presto.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The PCP value (0 to 7) an Egress Map writes into egress frames, or DISCARD to drop them
 * (mef-common-types:pcp-or-discard).
 */
public enum PcpOrDiscard {
    DISCARD,
    @JsonProperty("0")
    PCP_0,
    @JsonProperty("1")
    PCP_1,
    @JsonProperty("2")
    PCP_2,
    @JsonProperty("3")
    PCP_3,
    @JsonProperty("4")
    PCP_4,
    @JsonProperty("5")
    PCP_5,
    @JsonProperty("6")
    PCP_6,
    @JsonProperty("7")
    PCP_7;
}
