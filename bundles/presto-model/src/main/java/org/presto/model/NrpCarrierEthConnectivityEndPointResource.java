package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** MEF NRP Carrier Ethernet attributes of a connectivity service end point (nrp-interface augmentation). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthConnectivityEndPointResource(
        @JsonProperty("egress-map-list") List<EgressMap> egressMapList,
        @JsonProperty("l2cp-address-set") L2cpAddressSet l2cpAddressSet,
        @JsonProperty("egress-bwp-flow") BwpFlow egressBwpFlow,
        @JsonProperty("eec-mapping-type") CosOrEecMappingType eecMappingType,
        @JsonProperty("ce-vlan-id-list-and-untag") VlanIdListAndUntag ceVlanIdListAndUntag,
        @JsonProperty("leaf-svlan-id") VlanId leafSvlanId,
        @JsonProperty("root-svlan-id") VlanId rootSvlanId,
        @JsonProperty("cos-mapping-type") CosOrEecMappingType cosMappingType,
        @JsonProperty("ingress-bwp-flow") BwpFlow ingressBwpFlow,
        @JsonProperty("source-mac-address-limit") SourceMacAddressLimit sourceMacAddressLimit,
        @JsonProperty("eec-identifier-list") List<EecIdentifier> eecIdentifierList,
        @JsonProperty("cos-identifier-list") List<CosIdentifier> cosIdentifierList,
        @JsonProperty("s-vlan-id-list") VlanIdListing sVlanIdList,
        @JsonProperty("color-identifier") ColorIdentifier colorIdentifier)
        implements NrpCarrierEthConnectivityEndPointResourceBuilder.With {
    public NrpCarrierEthConnectivityEndPointResource {
        egressMapList = Lists.copy(egressMapList);
        eecIdentifierList = Lists.copy(eecIdentifierList);
        cosIdentifierList = Lists.copy(cosIdentifierList);
    }

}
