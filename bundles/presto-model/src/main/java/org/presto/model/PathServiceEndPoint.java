package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** The association of the FC to LTPs is made via EndPoints. (tapi.path.computation.PathServiceEndPoint). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathServiceEndPoint(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("service-layer") LayerProtocolName serviceLayer,
        @JsonProperty("role") PortRole role,
        @JsonProperty("service-interface-point") String serviceInterfacePoint,
        @JsonProperty("direction") PortDirection direction) implements PathServiceEndPointBuilder.With {

    public PathServiceEndPoint {
        name = Lists.copy(name);
    }
}
