package org.presto.model.tapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.ConnectionEndPoint;
import org.presto.model.Context;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.Topology;

/** Where each edge point and connection end point of a context sits, for the references TAPI 2.1 spells out. */
final class ContextIndex {
    /** The uuids of the topology, node and edge point above a point, and of the point itself. */
    record Location(String topology, String node, String nodeEdgePoint, String connectionEndPoint) {
        List<String> uuids() {
            return connectionEndPoint == null ? List.of(topology, node, nodeEdgePoint)
                    : List.of(topology, node, nodeEdgePoint, connectionEndPoint);
        }
    }

    private final Map<String, Location> nodeEdgePoints = new HashMap<>();
    private final Map<String, Location> connectionEndPoints = new HashMap<>();

    static ContextIndex of(Context context) {
        ContextIndex index = new ContextIndex();
        for (Topology topology : context.topology()) {
            for (Node node : topology.node()) {
                for (NodeEdgePoint nep : node.ownedNodeEdgePoint()) {
                    index.nodeEdgePoints.put(nep.uuid(), new Location(topology.uuid(), node.uuid(), nep.uuid(), null));
                    for (ConnectionEndPoint cep : nep.connectionEndPoint()) {
                        index.connectionEndPoints.put(cep.uuid(),
                                new Location(topology.uuid(), node.uuid(), nep.uuid(), cep.uuid()));
                    }
                }
            }
        }
        return index;
    }

    Location nodeEdgePoint(String uuid) {
        return nodeEdgePoints.get(uuid);
    }

    Location connectionEndPoint(String uuid) {
        return connectionEndPoints.get(uuid);
    }
}
