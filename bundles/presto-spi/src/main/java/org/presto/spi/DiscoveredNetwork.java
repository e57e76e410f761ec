package org.presto.spi;

import java.util.List;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;

/**
 * What a driver reports of its network. Nodes carry their owned node edge points; links join edge points of this
 * driver's nodes; each SIP is mapped from an edge point through {@code mapped-service-interface-point}. Uuids must be
 * stable across restarts of the driver and of Presto.
 */
public record DiscoveredNetwork(List<Node> nodes, List<Link> links, List<ServiceInterfacePoint> serviceInterfacePoints) {
    public DiscoveredNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        serviceInterfacePoints = List.copyOf(serviceInterfacePoints);
    }
}
