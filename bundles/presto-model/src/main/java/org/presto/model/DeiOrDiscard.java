package org.presto.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The DEI value (0 or 1) an Egress Map writes into egress frames, or DISCARD to drop them
 * (mef-common-types:dei-or-discard).
 */
public enum DeiOrDiscard {
    DISCARD,
    @JsonProperty("0")
    DEI_0,
    @JsonProperty("1")
    DEI_1;
}
