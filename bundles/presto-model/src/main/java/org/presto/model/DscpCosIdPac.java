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
        dscpValueList = Lists.copy(dscpValueList);
    }
}
