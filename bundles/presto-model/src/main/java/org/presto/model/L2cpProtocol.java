package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Identifies an L2CP protocol by its LLC address or EtherType, with an optional subtype
 * (mef-common-types:l2cp-protocol).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record L2cpProtocol(
        @JsonProperty("sub-type") Long subType,
        @JsonProperty("llc-address-or-ether-type") Long llcAddressOrEtherType,
        @JsonProperty("l2cp-protocol-type") L2cpProtocolType l2cpProtocolType) implements L2cpProtocolBuilder.With {
}
