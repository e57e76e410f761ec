package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * CoS Identifier choice that maps a list of PCP values to the CoS name; the C-Tag PCP counts at a UNI or in a VUNI,
 * otherwise the S-Tag PCP at an ENNI (mef-common:pcp-cos-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PcpCosIdPac(
        @JsonProperty("pcp-value-list") List<Long> pcpValueList) implements PcpCosIdPacBuilder.With {

    public PcpCosIdPac {
        pcpValueList = Lists.copy(pcpValueList);
    }
}
