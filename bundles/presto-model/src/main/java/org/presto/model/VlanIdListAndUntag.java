package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** The CE-VLAN ids that map to an end point (nrm-connectivity:vlan-id-list-and-untag). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VlanIdListAndUntag(
        @JsonProperty("vlan-id") List<VlanId> vlanId,
        @JsonProperty("vlan-id-mapping-type") VlanIdMappingType vlanIdMappingType,
        @JsonProperty("untagged-and-prio-tagged-included") Boolean untaggedAndPrioTaggedIncluded)
        implements VlanIdListAndUntagBuilder.With {
    public VlanIdListAndUntag {
        vlanId = Lists.copy(vlanId);
    }


    public static VlanIdListAndUntag of(int... ids) {
        return new VlanIdListAndUntag(java.util.Arrays.stream(ids).mapToObj(VlanId::of).toList(),
                VlanIdMappingType.LIST, null);
    }
}
