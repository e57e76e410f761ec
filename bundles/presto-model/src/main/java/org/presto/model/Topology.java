package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** A topology: nodes and the links between them (tapi-topology:topology). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Topology(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("link") List<Link> link,
        @JsonProperty("node") List<Node> node) implements TopologyBuilder.With {
    public Topology {
        name = Lists.copy(name);
        layerProtocolName = Lists.copy(layerProtocolName);
        link = Lists.copy(link);
        node = Lists.copy(node);
    }



}
