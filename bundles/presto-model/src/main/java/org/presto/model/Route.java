package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** A route of a connection: the connection end points it passes, in order (tapi-connectivity:route). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Route(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("connection-end-point") List<String> connectionEndPoint) implements RouteBuilder.With {
    public Route {
        name = Lists.copy(name);
        connectionEndPoint = Lists.copy(connectionEndPoint);
    }

}
