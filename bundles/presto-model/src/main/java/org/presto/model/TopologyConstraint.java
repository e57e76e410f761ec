package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Topology constraints of a TAPI connectivity service: topologies, paths, links and nodes to include or to avoid or
 * exclude, and the preferred transport layers (tapi-connectivity:topology-constraint).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TopologyConstraint(
        @JsonProperty("include-node") List<NodeRef> includeNode,
        @JsonProperty("exclude-link") List<LinkRef> excludeLink,
        @JsonProperty("avoid-topology") List<TopologyRef> avoidTopology,
        @JsonProperty("exclude-path") List<PathRef> excludePath,
        @JsonProperty("include-link") List<LinkRef> includeLink,
        @JsonProperty("preferred-transport-layer") List<LayerProtocolName> preferredTransportLayer,
        @JsonProperty("exclude-node") List<NodeRef> excludeNode,
        @JsonProperty("include-topology") List<TopologyRef> includeTopology,
        @JsonProperty("include-path") List<PathRef> includePath) implements TopologyConstraintBuilder.With {

    public TopologyConstraint {
        includeNode = Lists.copy(includeNode);
        excludeLink = Lists.copy(excludeLink);
        avoidTopology = Lists.copy(avoidTopology);
        excludePath = Lists.copy(excludePath);
        includeLink = Lists.copy(includeLink);
        preferredTransportLayer = Lists.copy(preferredTransportLayer);
        excludeNode = Lists.copy(excludeNode);
        includeTopology = Lists.copy(includeTopology);
        includePath = Lists.copy(includePath);
    }
}
