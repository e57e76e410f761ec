package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The routing constraints of a TAPI path computation: requested capacity, service level, path layers, cost and latency
 * characteristics, and topologies to include or avoid (tapi-path-computation:routing-constraint).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoutingConstraint(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("path-layer") List<LayerProtocolName> pathLayer,
        @JsonProperty("requested-capacity") Capacity requestedCapacity,
        @JsonProperty("avoid-topology") List<String> avoidTopology,
        @JsonProperty("service-level") String serviceLevel,
        @JsonProperty("cost-characteristic") List<CostCharacteristic> costCharacteristic,
        @JsonProperty("include-topology") List<TopologyRef> includeTopology,
        @JsonProperty("latency-characteristic") List<LatencyCharacteristic> latencyCharacteristic)
        implements RoutingConstraintBuilder.With {

    public RoutingConstraint {
        name = Lists.copy(name);
        pathLayer = Lists.copy(pathLayer);
        avoidTopology = Lists.copy(avoidTopology);
        costCharacteristic = Lists.copy(costCharacteristic);
        includeTopology = Lists.copy(includeTopology);
        latencyCharacteristic = Lists.copy(latencyCharacteristic);
    }
}
