package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Color Identifier choice that colors frames by IP DSCP, for IPv4, IPv6 or both: the DSCP values for green and those
 * for yellow, two disjoint lists covering all values (mef-common:dscp-color-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DscpColorIdPac(
        @JsonProperty("dscp-value-for-green-list") List<Long> dscpValueForGreenList,
        @JsonProperty("ip-version") IpVersion ipVersion,
        @JsonProperty("dscp-value-for-yellow-list") List<Long> dscpValueForYellowList)
        implements DscpColorIdPacBuilder.With {

    public DscpColorIdPac {
        // the list's key in the YANG: an entry written without it means both versions, and is written with it
        ipVersion = ipVersion == null ? IpVersion.IPV4_AND_IPV6 : ipVersion;
        dscpValueForGreenList = Lists.copy(dscpValueForGreenList);
        dscpValueForYellowList = Lists.copy(dscpValueForYellowList);
    }
}
