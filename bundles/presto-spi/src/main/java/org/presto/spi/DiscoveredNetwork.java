package org.presto.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;

/**
 * What a driver reports of its network. Nodes carry their owned node edge points; links join edge points of this
 * driver's nodes; each SIP is mapped from an edge point through {@code mapped-service-interface-point}. Uuids must be
 * stable across restarts of the driver and of Presto.
 *
 * @param nodes the nodes
 * @param links the links between them
 * @param serviceInterfacePoints the SIPs
 * @param topologies the topologies the network presents itself in (since 3.1); empty: Presto's own
 */
public record DiscoveredNetwork(List<Node> nodes, List<Link> links, List<ServiceInterfacePoint> serviceInterfacePoints,
                                List<DiscoveredTopology> topologies) {
    public DiscoveredNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        serviceInterfacePoints = List.copyOf(serviceInterfacePoints);
        // a record stored before 3.1 has none
        topologies = topologies == null ? List.of() : List.copyOf(topologies);
        Set<String> nodeUuids = new HashSet<>();
        nodes.forEach(node -> nodeUuids.add(node.uuid()));
        Set<String> linkUuids = new HashSet<>();
        links.forEach(link -> linkUuids.add(link.uuid()));
        for (DiscoveredTopology topology : topologies) {
            topology.nodeUuids().stream().filter(uuid -> !nodeUuids.contains(uuid)).findFirst().ifPresent(uuid -> {
                throw new IllegalArgumentException("topology " + topology.uuid() + " holds node " + uuid
                        + ", which the network does not have");
            });
            topology.linkUuids().stream().filter(uuid -> !linkUuids.contains(uuid)).findFirst().ifPresent(uuid -> {
                throw new IllegalArgumentException("topology " + topology.uuid() + " holds link " + uuid
                        + ", which the network does not have");
            });
        }
    }

    /** A network presented in Presto's own topology. */
    public DiscoveredNetwork(List<Node> nodes, List<Link> links, List<ServiceInterfacePoint> serviceInterfacePoints) {
        this(nodes, links, serviceInterfacePoints, List.of());
    }
}
