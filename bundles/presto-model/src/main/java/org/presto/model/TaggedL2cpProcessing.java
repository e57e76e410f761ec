package org.presto.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The MEF 45 Tagged L2CP Processing at an ENNI-N, IEEE 802.1 compliant or not
 * (mef-common-types:tagged-l2cp-processing).
 */
public enum TaggedL2cpProcessing {
    @JsonProperty("802.1_COMPLIANT")
    COMPLIANT_802_1,
    @JsonProperty("802.1_NON_COMPLIANT")
    NON_COMPLIANT_802_1;
}
