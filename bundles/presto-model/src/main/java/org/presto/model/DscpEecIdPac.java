package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * EEC Identifier choice that maps a list of IP DSCP values to the Egress Equivalence Class name, for IPv4, IPv6 or
 * both, so IPv4 and IPv6 frames can map to different EEC names (mef-common:dscp-eec-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DscpEecIdPac(
        @JsonProperty("ip-version") IpVersion ipVersion,
        @JsonProperty("dscp-value-list") List<Long> dscpValueList) implements DscpEecIdPacBuilder.With {

    public DscpEecIdPac {
        // the list's key in the YANG: an entry written without it means both versions, and is written with it
        ipVersion = ipVersion == null ? IpVersion.IPV4_AND_IPV6 : ipVersion;
        dscpValueList = Lists.copy(dscpValueList);
    }
}
