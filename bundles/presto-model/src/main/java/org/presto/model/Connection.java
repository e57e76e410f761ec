package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A connection (tapi-connectivity:connection): the end-to-end forwarding construct of a service, or, as a lower
 * connection, one cross-connect inside a node.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Connection(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("connection-end-point") List<ConnectionEndPointRef> connectionEndPoint,
        @JsonProperty("route") List<Route> route,
        @JsonProperty("lower-connection") List<String> lowerConnection,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("direction") ForwardingDirection direction,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState) {

    public Connection {
        name = Lists.copy(name);
        connectionEndPoint = Lists.copy(connectionEndPoint);
        route = Lists.copy(route);
        lowerConnection = Lists.copy(lowerConnection);
    }

    public Connection withStates(OperationalState operational, LifecycleState lifecycle) {
        return new Connection(uuid, name, connectionEndPoint, route, lowerConnection, layerProtocolName, direction,
                operational, lifecycle);
    }
}
