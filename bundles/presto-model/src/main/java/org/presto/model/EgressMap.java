package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A MEF Egress Map of an EVC/OVC end point: mappings that set the S-Tag or C-Tag PCP or DEI of egress EI frames from
 * their CoS name and, in some forms, their ingress color. egress-map-type selects the form and so which entry list
 * applies (mef-common:egress-map).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EgressMap(
        @JsonProperty("cos-name-to-pcp-pac-list") List<CosNameToPcpPac> cosNameToPcpPacList,
        @JsonProperty("egress-map-type") EgressMapType egressMapType,
        @JsonProperty("cos-name-and-color-to-pcp-pac-list") List<CosNameAndColorToPcpPac> cosNameAndColorToPcpPacList,
        @JsonProperty("cos-name-and-color-to-dei-pac-list") List<CosNameAndColorToDeiPac> cosNameAndColorToDeiPacList)
        implements EgressMapBuilder.With {

    public EgressMap {
        cosNameToPcpPacList = Lists.copy(cosNameToPcpPacList);
        cosNameAndColorToPcpPacList = Lists.copy(cosNameAndColorToPcpPacList);
        cosNameAndColorToDeiPacList = Lists.copy(cosNameAndColorToDeiPacList);
    }
}
