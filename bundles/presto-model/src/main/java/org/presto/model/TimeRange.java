package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A time range from start-time to end-time, the schedule of a connectivity service (tapi-common:time-range). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TimeRange(
        @JsonProperty("end-time") String endTime,
        @JsonProperty("start-time") String startTime) implements TimeRangeBuilder.With {
}
