package org.presto.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether protection is revertive, going back to the preferred resource once it recovers, or non-revertive
 * (tapi-connectivity:reversion-mode).
 */
public enum ReversionMode {
    REVERTIVE,
    @JsonProperty("NON-REVERTIVE")
    NON_REVERTIVE;
}
