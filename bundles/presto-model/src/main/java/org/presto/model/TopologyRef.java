package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a TAPI topology by its uuid (tapi-topology:topology-ref). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TopologyRef(
        @JsonProperty("topology-id") String topologyId) implements TopologyRefBuilder.With {
}
