package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Reference to a TAPI link by topology and link uuid, e.g. in the include-link and exclude-link lists of a topology
 * constraint (tapi-topology:link-ref).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LinkRef(
        @JsonProperty("topology-id") String topologyId,
        @JsonProperty("link-id") String linkId) implements LinkRefBuilder.With {
}
