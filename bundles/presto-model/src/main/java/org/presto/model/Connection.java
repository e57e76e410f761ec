package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A connection (tapi-connectivity:connection): the end-to-end forwarding construct of a service, or, as a lower
 * connection, one cross-connect inside a node.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Connection(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("lower-connection") List<String> lowerConnection,
        @JsonProperty("switch-control") List<SwitchControl> switchControl,
        @JsonProperty("route") List<Route> route,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("connection-end-point") List<ConnectionEndPointRef> connectionEndPoint,
        @JsonProperty("direction") ForwardingDirection direction) implements ConnectionBuilder.With {
    public Connection {
        name = Lists.copy(name);
        lowerConnection = Lists.copy(lowerConnection);
        switchControl = Lists.copy(switchControl);
        route = Lists.copy(route);
        connectionEndPoint = Lists.copy(connectionEndPoint);
    }


    public Connection withStates(OperationalState operational, LifecycleState lifecycle) {
        return withOperationalState(operational).withLifecycleState(lifecycle);
    }
}
