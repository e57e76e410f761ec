package org.presto.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The CE-VLAN ids that map to an end point (nrm-connectivity:vlan-id-list-and-untag). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VlanIdListAndUntag(
        @JsonProperty("vlan-id") @JsonAlias("nrp-interface:vlan-id") List<VlanId> vlanId,
        @JsonProperty("vlan-id-mapping-type") @JsonAlias("nrp-interface:vlan-id-mapping-type")
        VlanIdMappingType vlanIdMappingType,
        @JsonProperty("untagged-and-prio-tagged-included") @JsonAlias("nrp-interface:untagged-and-prio-tagged-included")
        Boolean untaggedAndPrioTaggedIncluded) {

    public VlanIdListAndUntag {
        vlanId = Lists.copy(vlanId);
    }

    public static VlanIdListAndUntag of(int... ids) {
        return new VlanIdListAndUntag(java.util.Arrays.stream(ids).mapToObj(VlanId::of).toList(),
                VlanIdMappingType.LIST, null);
    }
}
