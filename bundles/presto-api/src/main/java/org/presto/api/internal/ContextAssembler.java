package org.presto.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.model.Context;
import org.presto.model.ContextBuilder;
import org.presto.model.Name;
import org.presto.model.NetworkTopologyService;
import org.presto.model.Topology;

/** Puts the TAPI context together from the inventory and the services. */
final class ContextAssembler {
    static final String CONTEXT_UUID = UUID.nameUUIDFromBytes(
            "presto/context".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String TOPOLOGY_SERVICE_UUID = UUID.nameUUIDFromBytes(
            "presto/nw-topology-service".getBytes(StandardCharsets.UTF_8)).toString();

    private final NetworkInventory inventory;
    private final ConnectivityManager connectivity;

    ContextAssembler(NetworkInventory inventory, ConnectivityManager connectivity) {
        this.inventory = inventory;
        this.connectivity = connectivity;
    }

    Context context() {
        Topology topology = inventory.topology();
        return ContextBuilder.builder()
                .uuid(CONTEXT_UUID)
                .name(List.of(new Name("context-name", "Presto")))
                .serviceInterfacePoint(inventory.serviceInterfacePoints())
                .nwTopologyService(new NetworkTopologyService(TOPOLOGY_SERVICE_UUID,
                        List.of(new Name("nw-topology-service-name", "Presto topology service")),
                        List.of(topology.uuid())))
                .topology(List.of(topology))
                .connectivityService(connectivity.services())
                .connection(connectivity.connections())
                .build();
    }
}
