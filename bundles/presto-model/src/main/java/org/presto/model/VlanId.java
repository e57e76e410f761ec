package org.presto.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A VLAN id as the NRP model nests it ({"vlan-id": 100}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VlanId(@JsonProperty("vlan-id") Integer vlanId) {

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
