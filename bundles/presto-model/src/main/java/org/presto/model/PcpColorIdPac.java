package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Color Identifier choice that colors frames by the PCP of their VLAN tag: the PCP values for green and those for
 * yellow, two disjoint lists covering all values. The C-Tag counts at a UNI or in a VUNI, otherwise the S-Tag at an
 * ENNI (mef-common:pcp-color-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PcpColorIdPac(
        @JsonProperty("pcp-value-for-yellow-list") List<Long> pcpValueForYellowList,
        @JsonProperty("pcp-value-for-green-list") List<Long> pcpValueForGreenList)
        implements PcpColorIdPacBuilder.With {

    public PcpColorIdPac {
        pcpValueForYellowList = Lists.copy(pcpValueForYellowList);
        pcpValueForGreenList = Lists.copy(pcpValueForGreenList);
    }
}
