package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Path is described by an ordered list of TE Links. A TE Link is defined by a pair of Node/NodeEdgePoint IDs. A
 * Connection is realized by concatenating link resources (associated with a Link) and the lower-level connections
 * (cross-connections) in the different nodes (tapi.path.computation.Path).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Path(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("link") List<LinkRef> link,
        @JsonProperty("routing-constraint") RoutingConstraint routingConstraint) implements PathBuilder.With {

    public Path {
        name = Lists.copy(name);
        link = Lists.copy(link);
    }
}
