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
import org.presto.pce.SpectrumSlice;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;

/**
 * Turns a route into what each node must do and how TAPI shows it: one hop per node, from the port the service
 * enters by to the port it leaves by. An Ethernet service is carried across the network on one service VLAN: the
 * first and last nodes translate between the customer's CE-VLAN at the UNI and the service VLAN on the trunk,
 * transit nodes switch the service VLAN between trunks. A photonic service is one media channel of the same
 * spectrum on every ROADM of the route.
 */
final class ServicePlan {
    /** Where a service crosses one node. */
    private record Hop(String nodeId, String portIn, String portOut) {
    }

    final List<ForwardingEntry> entries = new ArrayList<>();
    final List<MediaChannelEntry> channels = new ArrayList<>();
    final List<Connection> connections = new ArrayList<>();
    final String topConnectionId;
    final String topologyId;
    /** What the plan configures, for the log. */
    final String summary;

    /** An Ethernet service on a service VLAN. */
    ServicePlan(String serviceId, ComputedPath path, ValidatedEndPoint a, ValidatedEndPoint b, int serviceVlan,
                String topologyId) {
        List<Hop> hops = hops(path, a.location().nepId(), b.location().nepId());
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            entries.add(new ForwardingEntry(serviceId, hop.nodeId(), hop.portIn(), i == 0 ? a.ceVlan() : serviceVlan,
                    hop.portOut(), i == hops.size() - 1 ? b.ceVlan() : serviceVlan));
        }
        this.topologyId = topologyId;
        topConnectionId = connections(serviceId, hops, LayerProtocolName.ETH, topologyId);
        summary = hops.size() + " nodes on service VLAN " + serviceVlan;
    }

    /** A photonic service on one slice of spectrum, between the ports of two SIPs. */
    ServicePlan(String serviceId, ComputedPath path, String nepA, String nepB, SpectrumSlice slice,
                String topologyId) {
        List<Hop> hops = hops(path, nepA, nepB);
        for (Hop hop : hops) {
            channels.add(new MediaChannelEntry(serviceId, hop.nodeId(), hop.portIn(), hop.portOut(),
                    slice.lowerFrequencyMhz(), slice.upperFrequencyMhz()));
        }
        this.topologyId = topologyId;
        topConnectionId = connections(serviceId, hops, LayerProtocolName.OTSiA, topologyId);
        summary = hops.size() + " photonic nodes, " + slice.lowerFrequencyMhz() + " to " + slice.upperFrequencyMhz()
                + " MHz";
    }

    /** What the devices get, in installation order. */
    List<DeviceChange> changes() {
        List<DeviceChange> changes = new ArrayList<>(DeviceChange.entries(entries));
        changes.addAll(DeviceChange.channels(channels));
        return changes;
    }

    private static List<Hop> hops(ComputedPath path, String firstPort, String lastPort) {
        List<Hop> hops = new ArrayList<>();
        List<String> nodes = path.nodeIds();
        String inPort = firstPort;
        for (int i = 0; i < nodes.size(); i++) {
            boolean last = i == nodes.size() - 1;
            String outPort = last ? lastPort : endOn(path.links().get(i), nodes.get(i));
            hops.add(new Hop(nodes.get(i), inPort, outPort));
            if (!last) {
                inPort = endOn(path.links().get(i), nodes.get(i + 1));
            }
        }
        return hops;
    }

    /** One connection per hop and the top connection (first), with the route; returns the top one's uuid. */
    private String connections(String serviceId, List<Hop> hops, LayerProtocolName layer, String topologyId) {
        List<String> lower = new ArrayList<>();
        List<String> routeCeps = new ArrayList<>();
        for (Hop hop : hops) {
            String id = uuid("presto/connection/" + serviceId + "/" + hop.nodeId());
            lower.add(id);
            ConnectionEndPointRef ceA = cep(serviceId, topologyId, hop.nodeId(), hop.portIn());
            ConnectionEndPointRef ceB = cep(serviceId, topologyId, hop.nodeId(), hop.portOut());
            routeCeps.add(ceA.connectionEndPointId());
            routeCeps.add(ceB.connectionEndPointId());
            connections.add(connection(id, List.of(ceA, ceB), List.of(), List.of(), layer));
        }
        Hop first = hops.get(0);
        Hop end = hops.get(hops.size() - 1);
        String top = uuid("presto/connection/" + serviceId);
        connections.add(0, connection(top, List.of(
                        cep(serviceId, topologyId, first.nodeId(), first.portIn()),
                        cep(serviceId, topologyId, end.nodeId(), end.portOut())),
                List.of(new Route("route-1", null, routeCeps)), lower, layer));
        return top;
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
                                         List<String> lower, LayerProtocolName layer) {
        return ConnectionBuilder.builder()
                .uuid(id)
                .connectionEndPoint(ceps)
                .route(route)
                .lowerConnection(lower)
                .layerProtocolName(layer)
                .direction(ForwardingDirection.BIDIRECTIONAL)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.PLANNED)
                .build();
    }

    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
