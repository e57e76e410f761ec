package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Latency of a topological entity (tapi-topology:latency-characteristic); Presto writes fixed latency in microseconds.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LatencyCharacteristic(
        @JsonProperty("traffic-property-name") String trafficPropertyName,
        @JsonProperty("fixed-latency-characteristic") String fixedLatencyCharacteristic,
        @JsonProperty("queing-latency-characteristic") String queingLatencyCharacteristic,
        @JsonProperty("jitter-characteristic") String jitterCharacteristic,
        @JsonProperty("wander-characteristic") String wanderCharacteristic)
        implements LatencyCharacteristicBuilder.With {

    public static LatencyCharacteristic fixedMicros(long micros) {
        return LatencyCharacteristicBuilder.builder().trafficPropertyName("fixed-latency-us")
                .fixedLatencyCharacteristic(Long.toString(micros)).build();
    }
}
