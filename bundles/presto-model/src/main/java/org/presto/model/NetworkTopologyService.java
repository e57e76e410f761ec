package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** The topology service of the context: which topologies it offers (tapi-topology:nw-topology-service). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NetworkTopologyService(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("topology") List<String> topology) implements NetworkTopologyServiceBuilder.With {
    public NetworkTopologyService {
        name = Lists.copy(name);
        topology = Lists.copy(topology);
    }

}
