package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A capacity (tapi-common:capacity); the bandwidth-profile form comes with the full NRP model. */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Capacity(
        @JsonProperty("bandwidth-profile") BandwidthProfile bandwidthProfile,
        @JsonProperty("total-size") CapacityValue totalSize) implements CapacityBuilder.With {

    public static Capacity mbps(long value) {
        return new Capacity(null, CapacityValue.mbps(value));
    }

    public long toKbps() {
        return totalSize == null ? 0 : totalSize.toKbps();
    }

    public long toMbps() {
        return totalSize == null ? 0 : totalSize.toMbps();
    }
}
