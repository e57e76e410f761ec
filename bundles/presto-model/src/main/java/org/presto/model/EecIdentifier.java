package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A MEF Egress Equivalence Class Identifier of an EVC/OVC end point: which egress EI frames map to the EEC name
 * eec-name, by end point, PCP or DSCP (sep-eec-id-pac, pcp-eec-id-pac, dscp-eec-id-pac) or by L2CP protocol.
 * egress-bwp-per-eec is the egress bandwidth profile of that EEC name (mef-common:eec-identifier).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EecIdentifier(
        @JsonProperty("egress-bwp-per-eec") BwpFlow egressBwpPerEec,
        @JsonProperty("sep-eec-id-pac") SepEecIdPac sepEecIdPac,
        @JsonProperty("l2cp-protocol-list") List<L2cpProtocol> l2cpProtocolList,
        @JsonProperty("dscp-eec-id-pac") List<DscpEecIdPac> dscpEecIdPac,
        @JsonProperty("pcp-eec-id-pac") PcpEecIdPac pcpEecIdPac,
        @JsonProperty("eec-name") String eecName) implements EecIdentifierBuilder.With {

    public EecIdentifier {
        l2cpProtocolList = Lists.copy(l2cpProtocolList);
        dscpEecIdPac = Lists.copy(dscpEecIdPac);
    }
}
