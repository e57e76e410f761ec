package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A MEF list of VLAN ids with its mapping type: the listed ids (LIST), all but the listed ids (EXCEPT) or every id
 * (ALL); e.g. the S-VLAN ids that map to an end point (mef-common-types:vlan-id-listing).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VlanIdListing(
        @JsonProperty("type") VlanIdMappingType type,
        @JsonProperty("vlan-id-list") List<VlanId> vlanIdList) implements VlanIdListingBuilder.With {

    public VlanIdListing {
        vlanIdList = Lists.copy(vlanIdList);
    }
}
