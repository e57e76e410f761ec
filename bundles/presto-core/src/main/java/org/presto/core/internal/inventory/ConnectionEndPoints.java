package org.presto.core.internal.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.Connection;
import org.presto.model.ConnectionEndPoint;
import org.presto.model.ConnectionEndPointBuilder;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.Topology;

/**
 * Puts the connection end points that connections refer to under the node edge points that own them, so that every
 * connection-end-point-id in a connection or route resolves in the topology, as TAPI's references require.
 */
public final class ConnectionEndPoints {
    private ConnectionEndPoints() {
    }

    public static Topology placed(Topology topology, List<Connection> connections) {
        Map<String, List<ConnectionEndPoint>> byNep = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Connection connection : connections) {
            for (ConnectionEndPointRef ref : connection.connectionEndPoint()) {
                if (seen.putIfAbsent(ref.connectionEndPointId(), true) == null) {
                    byNep.computeIfAbsent(ref.ownedNodeEdgePointId(), k -> new ArrayList<>()).add(
                            ConnectionEndPointBuilder.builder()
                                    .uuid(ref.connectionEndPointId())
                                    .layerProtocolName(connection.layerProtocolName())
                                    .parentNodeEdgePoint(List.of(new OwnedNodeEdgePointRef(ref.topologyId(),
                                            ref.nodeId(), ref.ownedNodeEdgePointId())))
                                    .connectionPortDirection(PortDirection.BIDIRECTIONAL)
                                    .connectionPortRole(PortRole.SYMMETRIC)
                                    .operationalState(connection.operationalState())
                                    .lifecycleState(connection.lifecycleState())
                                    .build());
                }
            }
        }
        if (byNep.isEmpty()) {
            return topology;
        }
        List<Node> nodes = new ArrayList<>();
        for (Node node : topology.node()) {
            nodes.add(node.withOwnedNodeEdgePoint(node.ownedNodeEdgePoint().stream().map(nep -> withCeps(nep, byNep))
                    .toList()));
        }
        return topology.withNode(nodes);
    }

    private static NodeEdgePoint withCeps(NodeEdgePoint nep, Map<String, List<ConnectionEndPoint>> byNep) {
        List<ConnectionEndPoint> ceps = byNep.get(nep.uuid());
        return ceps == null ? nep : nep.withConnectionEndPoint(ceps);
    }
}
