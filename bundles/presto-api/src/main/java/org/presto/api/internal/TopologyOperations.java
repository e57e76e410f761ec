package org.presto.api.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.presto.model.IdOrName;
import org.presto.core.NetworkInventory;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.Topology;

/** The topology RPCs: the topologies, and a node, link or node edge point of one, each named by uuid or name. */
final class TopologyOperations implements RpcOperations {
    private static final String TOPOLOGY = "topology-id-or-name";
    private static final String NODE = "node-id-or-name";
    private static final String LINK = "link-id-or-name";
    private static final String EDGE_POINT = "ep-id-or-name";

    private final NetworkInventory inventory;

    TopologyOperations(NetworkInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<String, Function<RpcInput, Object>> operations() {
        return Map.of(
                "get-topology-list", in -> in.noInput(Map.of("topology",
                        inventory.topologies().stream().map(TopologyCharacteristics::complete).toList())),
                "get-topology-details", in -> Map.of("topology", topology(in, Set.of(TOPOLOGY))),
                "get-node-details", this::nodeDetails,
                "get-link-details", this::linkDetails,
                "get-node-edge-point-details", this::edgePointDetails);
    }

    private Object nodeDetails(RpcInput in) {
        Set<String> members = Set.of(TOPOLOGY, NODE);
        return Map.of("node", node(topology(in, members), in, members));
    }

    private Object linkDetails(RpcInput in) {
        Set<String> members = Set.of(TOPOLOGY, LINK);
        Topology topology = topology(in, members);
        String id = in.requiredString(LINK, members);
        Link link = IdOrName.find(topology.link(), Link::uuid, Link::name, id).orElseThrow(() ->
                RestconfError.notFound("no link with uuid or name '" + id + "' in topology " + topology.uuid(),
                        "/input/" + LINK));
        return Map.of("link", link);
    }

    private Object edgePointDetails(RpcInput in) {
        Set<String> members = Set.of(TOPOLOGY, NODE, EDGE_POINT);
        Node node = node(topology(in, members), in, members);
        String id = in.requiredString(EDGE_POINT, members);
        NodeEdgePoint nep = IdOrName.find(node.ownedNodeEdgePoint(), NodeEdgePoint::uuid, NodeEdgePoint::name, id)
                .orElseThrow(() -> RestconfError.notFound("no node edge point with uuid or name '" + id
                        + "' on node " + node.uuid(), "/input/" + EDGE_POINT));
        return Map.of("node-edge-point", nep);
    }

    private Topology topology(RpcInput in, Set<String> members) {
        String id = in.requiredString(TOPOLOGY, members);
        return IdOrName.find(inventory.topologies(), Topology::uuid, Topology::name, id)
                .map(TopologyCharacteristics::complete).orElseThrow(() -> RestconfError.notFound(
                        "no topology with uuid or name '" + id + "'", "/input/" + TOPOLOGY));
    }

    private static Node node(Topology topology, RpcInput in, Set<String> members) {
        String id = in.requiredString(NODE, members);
        return IdOrName.find(topology.node(), Node::uuid, Node::name, id).orElseThrow(() ->
                RestconfError.notFound("no node with uuid or name '" + id + "' in topology " + topology.uuid(),
                        "/input/" + NODE));
    }
}
