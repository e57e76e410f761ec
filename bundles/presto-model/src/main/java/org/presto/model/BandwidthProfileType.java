package org.presto.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The algorithm a TAPI bandwidth profile follows: MEF 10.x, RFC 2697, RFC 2698 or RFC 4115
 * (tapi-common:bandwidth-profile-type).
 */
public enum BandwidthProfileType {
    @JsonProperty("MEF_10.x")
    MEF_10_x,
    RFC_2697,
    RFC_2698,
    RFC_4115;
}
