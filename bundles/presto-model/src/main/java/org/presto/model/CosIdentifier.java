package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A MEF Class of Service Identifier of an EVC/OVC end point: which ingress EI frames map to the CoS name cos-name, by
 * end point, PCP or DSCP (sep-cos-id-pac, pcp-cos-id-pac, dscp-cos-id-pac) or by L2CP protocol. ingress-bwp-per-cos is
 * the ingress bandwidth profile of that CoS name (mef-common:cos-identifier).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CosIdentifier(
        @JsonProperty("pcp-cos-id-pac") PcpCosIdPac pcpCosIdPac,
        @JsonProperty("sep-cos-id-pac") SepCosIdPac sepCosIdPac,
        @JsonProperty("ingress-bwp-per-cos") BwpFlow ingressBwpPerCos,
        @JsonProperty("l2cp-protocol-list") List<L2cpProtocol> l2cpProtocolList,
        @JsonProperty("dscp-cos-id-pac") List<DscpCosIdPac> dscpCosIdPac,
        @JsonProperty("cos-name") String cosName) implements CosIdentifierBuilder.With {

    public CosIdentifier {
        l2cpProtocolList = Lists.copy(l2cpProtocolList);
        dscpCosIdPac = Lists.copy(dscpCosIdPac);
    }
}
