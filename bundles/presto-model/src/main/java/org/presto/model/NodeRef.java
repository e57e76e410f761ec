package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Reference to a TAPI node by topology and node uuid, e.g. in the include-node and exclude-node lists of a topology
 * constraint (tapi-topology:node-ref).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeRef(
        @JsonProperty("topology-id") String topologyId,
        @JsonProperty("node-id") String nodeId) implements NodeRefBuilder.With {
}
