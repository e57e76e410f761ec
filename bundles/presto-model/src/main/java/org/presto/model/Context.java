package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The TAPI context: everything the domain orchestrator exposes to its clients (tapi-common:context). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Context(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("service-interface-point") List<ServiceInterfacePoint> serviceInterfacePoint,
        @JsonProperty("nw-topology-service") NetworkTopologyService nwTopologyService,
        @JsonProperty("topology") List<Topology> topology,
        @JsonProperty("connectivity-service") List<ConnectivityService> connectivityService,
        @JsonProperty("connection") List<Connection> connection) {

    public Context {
        name = Lists.copy(name);
        serviceInterfacePoint = Lists.copy(serviceInterfacePoint);
        topology = Lists.copy(topology);
        connectivityService = Lists.copy(connectivityService);
        connection = Lists.copy(connection);
    }
}
