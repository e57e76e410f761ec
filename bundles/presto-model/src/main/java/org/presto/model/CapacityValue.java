package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A capacity amount with its unit (tapi-common:capacity-value). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapacityValue(
        @JsonProperty("value") Long value,
        @JsonProperty("unit") CapacityUnit unit) implements CapacityValueBuilder.With {

    public static CapacityValue mbps(long value) {
        return new CapacityValue(value, CapacityUnit.MBPS);
    }

    /**
     * This value in kbit/s; byte units are read as the corresponding bit rate, as TAPI 2.0 clients use them.
     *
     * @throws ArithmeticException if it does not fit in a long
     */
    public long toKbps() {
        if (value == null || unit == null) {
            return 0;
        }
        long factor = switch (unit) {
            case TB, TBPS -> 1_000_000_000L;
            case GB, GBPS -> 1_000_000L;
            case MB, MBPS -> 1_000L;
            case KB, KBPS -> 1L;
        };
        return Math.multiplyExact(value, factor);
    }

    /** This value in whole Mbit/s, rounded down. */
    public long toMbps() {
        return toKbps() / 1_000L;
    }
}
