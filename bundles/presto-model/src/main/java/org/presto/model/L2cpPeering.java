package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * An L2CP protocol peered at a UNI, ENNI or INNI (MEF 45 L2CP Peering Service): the protocol, the destination MAC
 * address it uses and, if not all, the links of the aggregation it runs on (mef-common-types:l2cp-peering).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record L2cpPeering(
        @JsonProperty("protocol-id") L2cpProtocol protocolId,
        @JsonProperty("link-id-list") List<Long> linkIdList,
        @JsonProperty("destination-address") Long destinationAddress) implements L2cpPeeringBuilder.With {

    public L2cpPeering {
        linkIdList = Lists.copy(linkIdList);
    }
}
