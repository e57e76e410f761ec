package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A TAPI bandwidth profile, carried inside a capacity: the algorithm it follows (bw-profile-type), committed and peak
 * information rates and burst sizes, and the color-aware and coupling-flag settings (tapi-common:bandwidth-profile).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BandwidthProfile(
        @JsonProperty("committed-information-rate") CapacityValue committedInformationRate,
        @JsonProperty("coupling-flag") Boolean couplingFlag,
        @JsonProperty("bw-profile-type") BandwidthProfileType bwProfileType,
        @JsonProperty("peak-information-rate") CapacityValue peakInformationRate,
        @JsonProperty("committed-burst-size") CapacityValue committedBurstSize,
        @JsonProperty("peak-burst-size") CapacityValue peakBurstSize,
        @JsonProperty("color-aware") Boolean colorAware) implements BandwidthProfileBuilder.With {
}
