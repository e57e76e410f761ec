package org.presto.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.presto.core.PrestoException.Reason;
import org.presto.model.IdOrName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.Topology;

/**
 * What a route may not use when it is kept within some served topologies and out of others (TAPI include-topology
 * and avoid-topology): every node and link no included topology holds, and every one an avoided topology holds.
 * Topologies are named by uuid or name, as served; the network's own topology uuid names the whole network. An
 * included topology that is not there is not found; one to avoid that is not there is avoided already.
 *
 * @param excludedNodeIds nodes the route must not pass
 * @param excludedLinkIds links the route must not use
 */
public record TopologyScope(Set<String> excludedNodeIds, Set<String> excludedLinkIds) {
    public TopologyScope {
        excludedNodeIds = Set.copyOf(excludedNodeIds);
        excludedLinkIds = Set.copyOf(excludedLinkIds);
    }

    /**
     * @param network  the network as served
     * @param included topologies to stay within (none: the whole network), by uuid or name
     * @param avoided  topologies to stay out of, by uuid or name
     * @param path     the member of the request naming them, e.g. {@code topo-constraint}: refusals name
     *                 {@code include-topology[i]/topology-id} or {@code avoid-topology[i]/topology-id} under it
     */
    public static TopologyScope of(NetworkInventory network, List<String> included, List<String> avoided,
                                   String path) {
        Topology whole = network.topology();
        Set<String> nodes = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (int i = 0; i < included.size(); i++) {
            String id = included.get(i);
            String at = required(id, path + "/include-topology[" + i + "]/topology-id");
            Topology topology = served(network, id).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, at,
                    "no topology '" + id + "'"));
            topology.node().forEach(node -> nodes.add(node.uuid()));
            topology.link().forEach(link -> links.add(link.uuid()));
        }
        Set<String> excludedNodes = new HashSet<>();
        Set<String> excludedLinks = new HashSet<>();
        if (!included.isEmpty()) {
            whole.node().stream().map(Node::uuid).filter(node -> !nodes.contains(node)).forEach(excludedNodes::add);
            whole.link().stream().map(Link::uuid).filter(link -> !links.contains(link)).forEach(excludedLinks::add);
        }
        for (int i = 0; i < avoided.size(); i++) {
            String id = avoided.get(i);
            required(id, path + "/avoid-topology[" + i + "]/topology-id");
            served(network, id).ifPresent(topology -> {
                topology.node().forEach(node -> excludedNodes.add(node.uuid()));
                topology.link().forEach(link -> excludedLinks.add(link.uuid()));
            });
        }
        return new TopologyScope(excludedNodes, excludedLinks);
    }

    /** The path, once the id there is given; a blank one is refused. */
    private static String required(String id, String path) {
        if (id == null || id.isBlank()) {
            throw new PrestoException(Reason.INVALID_INPUT, path, "the uuid or name of a topology is required");
        }
        return path;
    }

    private static Optional<Topology> served(NetworkInventory network, String idOrName) {
        Topology whole = network.topology();
        return IdOrName.find(network.topologies(), Topology::uuid, Topology::name, idOrName)
                .or(() -> Optional.ofNullable(whole.uuid().equals(idOrName) ? whole : null));
    }
}
