package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * CoS Identifier choice that maps a list of IP DSCP values to the CoS name, for IPv4, IPv6 or both, so IPv4 and IPv6
 * frames can map to different CoS names (mef-common:dscp-cos-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DscpCosIdPac(
        @JsonProperty("ip-version") IpVersion ipVersion,
        @JsonProperty("dscp-value-list") List<Long> dscpValueList) implements DscpCosIdPacBuilder.With {

    public DscpCosIdPac {
        // the list's key in the YANG: an entry written without it means both versions, and is written with it
        ipVersion = ipVersion == null ? IpVersion.IPV4_AND_IPV6 : ipVersion;
        dscpValueList = Lists.copy(dscpValueList);
    }
}
