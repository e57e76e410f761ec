package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** The TAPI context: everything the domain orchestrator exposes to its clients (tapi-common:context). */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Context(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("connectivity-service") List<ConnectivityService> connectivityService,
        @JsonProperty("connection") List<Connection> connection,
        @JsonProperty("path-comp-service") List<PathComputationService> pathCompService,
        @JsonProperty("path") List<Path> path,
        @JsonProperty("nw-topology-service") NetworkTopologyService nwTopologyService,
        @JsonProperty("topology") List<Topology> topology,
        @JsonProperty("service-interface-point") List<ServiceInterfacePoint> serviceInterfacePoint)
        implements ContextBuilder.With {
    public Context {
        name = Lists.copy(name);
        connectivityService = Lists.copy(connectivityService);
        connection = Lists.copy(connection);
        pathCompService = Lists.copy(pathCompService);
        path = Lists.copy(path);
        topology = Lists.copy(topology);
        serviceInterfacePoint = Lists.copy(serviceInterfacePoint);
    }

}
