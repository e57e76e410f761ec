package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Reference to a connection end point on a node edge point (tapi-connectivity:connection-end-point-ref). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectionEndPointRef(
        @JsonProperty("topology-id") String topologyId,
        @JsonProperty("node-id") String nodeId,
        @JsonProperty("owned-node-edge-point-id") String ownedNodeEdgePointId,
        @JsonProperty("connection-end-point-id") String connectionEndPointId)
        implements ConnectionEndPointRefBuilder.With {
}
