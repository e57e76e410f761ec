package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Latency of a topological entity (tapi-topology:latency-characteristic); Presto writes fixed latency in microseconds. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LatencyCharacteristic(
        @JsonProperty("traffic-property-name") String trafficPropertyName,
        @JsonProperty("fixed-latency-characteristic") String fixedLatencyCharacteristic,
        @JsonProperty("queing-latency-characteristic") String queingLatencyCharacteristic,
        @JsonProperty("jitter-characteristic") String jitterCharacteristic,
        @JsonProperty("wander-characteristic") String wanderCharacteristic) {

    public static LatencyCharacteristic fixedMicros(long micros) {
        return new LatencyCharacteristic("fixed-latency-us", Long.toString(micros), null, null, null);
    }
}
