package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A capacity amount with its unit (tapi-common:capacity-value). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapacityValue(@JsonProperty("value") Long value, @JsonProperty("unit") CapacityUnit unit) {

    public static CapacityValue mbps(long value) {
        return new CapacityValue(value, CapacityUnit.MBPS);
    }

    /** This value in Mbit/s; byte units are read as the corresponding bit rate, as TAPI 2.0 clients use them. */
    public long toMbps() {
        if (value == null || unit == null) {
            return 0;
        }
        return switch (unit) {
            case TB, TBPS -> value * 1_000_000L;
            case GB, GBPS -> value * 1_000L;
            case MB, MBPS -> value;
            case KB, KBPS -> value / 1_000L;
        };
    }
}
