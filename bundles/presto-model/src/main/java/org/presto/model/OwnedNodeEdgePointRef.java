package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a node edge point within its node and topology (tapi-topology:owned-node-edge-point-ref). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OwnedNodeEdgePointRef(
        @JsonProperty("topology-id") String topologyId,
        @JsonProperty("node-id") String nodeId,
        @JsonProperty("owned-node-edge-point-id") String ownedNodeEdgePointId)
        implements OwnedNodeEdgePointRefBuilder.With {
}
