package org.presto.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.presto.model.Connection;
import org.presto.model.ConnectionBuilder;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.ForwardingDirection;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.Route;
import org.presto.pce.ComputedPath;
import org.presto.spi.ForwardingEntry;

/**
 * Turns a route into what each node must do and how TAPI shows it. The service is carried across the network on one
 * service VLAN: the first and last nodes translate between the customer's CE-VLAN at the UNI and the service VLAN on
 * the trunk, transit nodes switch the service VLAN between trunks.
 */
final class ServicePlan {
    final List<ForwardingEntry> entries = new ArrayList<>();
    final List<Connection> connections = new ArrayList<>();
    final String topConnectionId;

    ServicePlan(String serviceId, ComputedPath path, ValidatedEndPoint a, ValidatedEndPoint b, int serviceVlan,
                String topologyId) {
        List<String> nodes = path.nodeIds();
        String inPort = a.location().nepId();
        int inVlan = a.ceVlan();
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            String outPort = last ? b.location().nepId() : endOn(path.links().get(i), node);
            int outVlan = last ? b.ceVlan() : serviceVlan;
            entries.add(new ForwardingEntry(serviceId, node, inPort, inVlan, outPort, outVlan));
            if (!last) {
                inPort = endOn(path.links().get(i), nodes.get(i + 1));
                inVlan = serviceVlan;
            }
        }
        List<String> lower = new ArrayList<>();
        List<String> routeCeps = new ArrayList<>();
        for (ForwardingEntry entry : entries) {
            String id = uuid("presto/connection/" + serviceId + "/" + entry.nodeId());
            lower.add(id);
            ConnectionEndPointRef ceA = cep(serviceId, topologyId, entry.nodeId(), entry.portA());
            ConnectionEndPointRef ceB = cep(serviceId, topologyId, entry.nodeId(), entry.portB());
            routeCeps.add(ceA.connectionEndPointId());
            routeCeps.add(ceB.connectionEndPointId());
            connections.add(connection(id, List.of(ceA, ceB), List.of(), List.of()));
        }
        ForwardingEntry first = entries.get(0);
        ForwardingEntry end = entries.get(entries.size() - 1);
        topConnectionId = uuid("presto/connection/" + serviceId);
        connections.add(0, connection(topConnectionId, List.of(
                        cep(serviceId, topologyId, first.nodeId(), first.portA()),
                        cep(serviceId, topologyId, end.nodeId(), end.portB())),
                List.of(new Route("route-1", null, routeCeps)), lower));
    }

    private static String endOn(Link link, String nodeId) {
        return link.nodeEdgePoint().stream().filter(end -> end.nodeId().equals(nodeId))
                .map(OwnedNodeEdgePointRef::ownedNodeEdgePointId).findFirst()
                .orElseThrow(() -> new IllegalStateException("link " + link.uuid() + " does not end on " + nodeId));
    }

    private static ConnectionEndPointRef cep(String serviceId, String topologyId, String nodeId, String nepId) {
        return new ConnectionEndPointRef(topologyId, nodeId, nepId, uuid("presto/cep/" + serviceId + "/" + nepId));
    }

    private static Connection connection(String id, List<ConnectionEndPointRef> ceps, List<Route> route,
                                         List<String> lower) {
        return ConnectionBuilder.builder()
                .uuid(id)
                .connectionEndPoint(ceps)
                .route(route)
                .lowerConnection(lower)
                .layerProtocolName(LayerProtocolName.ETH)
                .direction(ForwardingDirection.BIDIRECTIONAL)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.PLANNED)
                .build();
    }

    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
