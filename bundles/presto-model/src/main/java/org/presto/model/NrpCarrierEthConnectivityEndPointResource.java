package org.presto.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** MEF NRP Carrier Ethernet attributes of a connectivity service end point (nrp-interface augmentation). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthConnectivityEndPointResource(
        @JsonProperty("ce-vlan-id-list-and-untag") @JsonAlias("nrp-interface:ce-vlan-id-list-and-untag")
        VlanIdListAndUntag ceVlanIdListAndUntag) {
}
