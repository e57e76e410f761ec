package org.presto.core.internal.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.spi.DiscoveredTopology;
import org.presto.store.NetworkRecord;

/**
 * The topologies the network is served in. A driver that reports topologies of its own (a controller's, an imported
 * file's) has its nodes and links served in them as it named them, a node in each topology that holds it; every
 * other node and link is in Presto's topology, which is served when it holds anything or nothing else is served.
 * Nodes and links are those of the whole network's topology, with the states and link ends it gives them.
 */
public final class ServedTopologies {
    private ServedTopologies() {
    }

    static List<Topology> of(Collection<NetworkRecord> records, Topology whole, Map<String, String> topologyOfNode) {
        Map<String, Node> nodes = whole.node().stream()
                .collect(Collectors.toMap(Node::uuid, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Link> links = whole.link().stream()
                .collect(Collectors.toMap(Link::uuid, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Topology> reported = new ArrayList<>();
        Set<String> servedLinks = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (NetworkRecord record : records) {
            for (DiscoveredTopology topology : record.network().topologies()) {
                if (!seen.add(topology.uuid())) {
                    continue; // another driver reports a topology of that uuid: its first report stands
                }
                List<Node> held = topology.nodeUuids().stream().map(nodes::get)
                        .filter(node -> node != null).toList();
                List<Link> heldLinks = topology.linkUuids().stream().map(links::get)
                        .filter(link -> link != null).toList();
                heldLinks.forEach(link -> servedLinks.add(link.uuid()));
                reported.add(TopologyBuilder.builder()
                        .uuid(topology.uuid())
                        .name(topology.name())
                        .layerProtocolName(topology.layerProtocolName().isEmpty() ? NetworkSnapshot.layers(held)
                                : topology.layerProtocolName())
                        .node(held)
                        .link(heldLinks)
                        .build());
            }
        }
        List<Node> own = nodes.values().stream()
                .filter(node -> NetworkSnapshot.TOPOLOGY_UUID.equals(topologyOfNode.get(node.uuid()))).toList();
        List<Link> ownLinks = links.values().stream().filter(link -> !servedLinks.contains(link.uuid())).toList();
        List<Topology> served = new ArrayList<>();
        if (!own.isEmpty() || !ownLinks.isEmpty() || reported.isEmpty()) {
            served.add(whole.with(t -> t.node(own).link(ownLinks).layerProtocolName(NetworkSnapshot.layers(own))));
        }
        served.addAll(reported);
        return List.copyOf(served);
    }
}
