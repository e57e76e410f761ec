package org.presto.core.internal.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.Context;
import org.presto.model.ContextBuilder;
import org.presto.model.Name;
import org.presto.model.NetworkTopologyService;
import org.presto.model.Topology;
import org.presto.store.PathComputationRecord;

/** Puts the TAPI context together from the inventory and the services. */
public final class ContextAssembler {
    static final String CONTEXT_UUID = UUID.nameUUIDFromBytes(
            "presto/context".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String TOPOLOGY_SERVICE_UUID = UUID.nameUUIDFromBytes(
            "presto/nw-topology-service".getBytes(StandardCharsets.UTF_8)).toString();

    private ContextAssembler() {
    }

    /** One consistent context: the topologies' connection end points are those of the connections listed. */
    public static Context context(Inventory inventory, List<ConnectivityService> services, List<Connection> connections,
                           List<PathComputationRecord> pathComputations) {
        List<Topology> topologies = inventory.topologies().stream()
                .map(topology -> ConnectionEndPoints.placed(topology, connections)).toList();
        return ContextBuilder.builder()
                .uuid(CONTEXT_UUID)
                .name(List.of(new Name("context-name", "Presto")))
                .serviceInterfacePoint(inventory.serviceInterfacePoints())
                .nwTopologyService(new NetworkTopologyService(TOPOLOGY_SERVICE_UUID,
                        List.of(new Name("nw-topology-service-name", "Presto topology service")),
                        topologies.stream().map(Topology::uuid).toList()))
                .topology(topologies)
                .connectivityService(services)
                .connection(connections)
                .pathCompService(pathComputations.stream().map(PathComputationRecord::service).toList())
                .path(pathComputations.stream().flatMap(r -> r.paths().stream()).toList())
                .build();
    }
}
