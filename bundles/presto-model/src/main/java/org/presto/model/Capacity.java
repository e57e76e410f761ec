package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A capacity (tapi-common:capacity); the bandwidth-profile form comes with the full NRP model. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Capacity(@JsonProperty("total-size") CapacityValue totalSize) {

    public static Capacity mbps(long value) {
        return new Capacity(CapacityValue.mbps(value));
    }

    public long toKbps() {
        return totalSize == null ? 0 : totalSize.toKbps();
    }

    public long toMbps() {
        return totalSize == null ? 0 : totalSize.toMbps();
    }
}
