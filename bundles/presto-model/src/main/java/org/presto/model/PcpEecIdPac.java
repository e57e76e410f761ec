package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * EEC Identifier choice that maps a list of PCP values of egress frames to the Egress Equivalence Class name; the C-Tag
 * PCP counts at a UNI or in a VUNI, otherwise the S-Tag PCP at an ENNI (mef-common:pcp-eec-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PcpEecIdPac(
        @JsonProperty("pcp-value-list") List<Long> pcpValueList) implements PcpEecIdPacBuilder.With {

    public PcpEecIdPac {
        pcpValueList = Lists.copy(pcpValueList);
    }
}
