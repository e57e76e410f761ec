package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The topology service of the context: which topologies it offers (tapi-topology:nw-topology-service). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NetworkTopologyService(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("topology") List<String> topology) {

    public NetworkTopologyService {
        name = Lists.copy(name);
        topology = Lists.copy(topology);
    }
}
