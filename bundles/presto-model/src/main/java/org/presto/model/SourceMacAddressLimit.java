package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The MEF source MAC address limit of an end point: it keeps at most limit source MAC addresses, each aged out when not
 * seen for time-interval milliseconds, and discards ingress frames with a new address while the list is full
 * (mef-common-types:source-mac-address-limit).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceMacAddressLimit(
        @JsonProperty("limit") Long limit,
        @JsonProperty("time-interval") Long timeInterval) implements SourceMacAddressLimitBuilder.With {
}
