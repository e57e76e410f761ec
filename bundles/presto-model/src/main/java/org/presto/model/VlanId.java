package org.presto.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A VLAN id as the NRP model nests it ({"vlan-id": 100}). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VlanId(
        @JsonProperty("vlan-id") Integer vlanId) implements VlanIdBuilder.With {

    public static final int MIN = 1;
    public static final int MAX = 4094;

    public static VlanId of(int id) {
        return new VlanId(id);
    }

    @JsonIgnore
    public boolean isValid() {
        return vlanId != null && vlanId >= MIN && vlanId <= MAX;
    }
}
