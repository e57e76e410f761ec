package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A topology: nodes and the links between them (tapi-topology:topology). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Topology(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("node") List<Node> node,
        @JsonProperty("link") List<Link> link) {

    public Topology {
        name = Lists.copy(name);
        layerProtocolName = Lists.copy(layerProtocolName);
        node = Lists.copy(node);
        link = Lists.copy(link);
    }

    public Topology withNodes(List<Node> nodes) {
        return new Topology(uuid, name, layerProtocolName, nodes, link);
    }

}
