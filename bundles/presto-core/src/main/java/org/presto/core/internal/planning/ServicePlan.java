package org.presto.core.internal.planning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.presto.model.Connection;
import org.presto.model.ConnectionBuilder;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.ForwardingDirection;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.PortRole;
import org.presto.model.Route;
import org.presto.pce.ComputedPath;
import org.presto.pce.ComputedTree;
import org.presto.pce.SpectrumSlice;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UniPolicy;

/**
 * Turns a route into what each node must do and how TAPI shows it: one hop per node, from the port the service
 * enters by to the port it leaves by. An Ethernet service is carried across the network on one service VLAN: the
 * first and last nodes translate between the customer's CE-VLAN at the UNI and the service VLAN on the trunk,
 * transit nodes switch the service VLAN between trunks. A photonic service is one media channel of the same
 * spectrum on every ROADM of the route.
 */
public final class ServicePlan {
    /** Where a service crosses one node. */
    private record Hop(String nodeId, String portIn, String portOut) {
    }

    public final List<ForwardingEntry> entries = new ArrayList<>();
    final List<MediaChannelEntry> channels = new ArrayList<>();
    public final List<BridgeEntry> bridges = new ArrayList<>();
    public final List<Connection> connections = new ArrayList<>();
    public final String topConnectionId;
    /** The served topology of each node, which the connection end points' references name. */
    private final UnaryOperator<String> topologyOf;
    /** What the plan configures, for the log. */
    public final String summary;

    /** An Ethernet service on a service VLAN, its UNIs enforcing {@code policies} (by port). */
    public ServicePlan(String serviceId, ComputedPath path, ValidatedEndPoint a, ValidatedEndPoint b, int serviceVlan,
                Map<String, UniPolicy> policies, UnaryOperator<String> topologyOf) {
        List<Hop> hops = hops(path, a.location().nepId(), b.location().nepId());
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            entries.add(new ForwardingEntry(serviceId, hop.nodeId(), hop.portIn(), i == 0 ? a.ceVlan() : serviceVlan,
                    hop.portOut(), i == hops.size() - 1 ? b.ceVlan() : serviceVlan).withPolicies(policies));
        }
        this.topologyOf = topologyOf;
        topConnectionId = connections(serviceId, hops, LayerProtocolName.ETH);
        summary = hops.size() + " nodes on service VLAN " + serviceVlan;
    }

    /** A photonic service on one slice of spectrum, between the ports of two SIPs. */
    public ServicePlan(String serviceId, ComputedPath path, String nepA, String nepB, SpectrumSlice slice,
                UnaryOperator<String> topologyOf) {
        List<Hop> hops = hops(path, nepA, nepB);
        for (Hop hop : hops) {
            channels.add(new MediaChannelEntry(serviceId, hop.nodeId(), hop.portIn(), hop.portOut(),
                    slice.lowerFrequencyMhz(), slice.upperFrequencyMhz()));
        }
        this.topologyOf = topologyOf;
        topConnectionId = connections(serviceId, hops, LayerProtocolName.OTSiA);
        summary = hops.size() + " photonic nodes, " + slice.lowerFrequencyMhz() + " to " + slice.upperFrequencyMhz()
                + " MHz";
    }

    /**
     * A multipoint service: a bridge on every node of the tree, trunks on the service VLAN, UNIs on theirs,
     * enforcing {@code policies} (by port). An E-Tree ({@code leafVlan} not 0) marks its leaf UNIs and carries leaves'
     * frames on its trunks on the leaf VLAN.
     */
    public ServicePlan(String serviceId, ComputedTree tree, List<ValidatedEndPoint> ends, int serviceVlan, int leafVlan,
                Map<String, UniPolicy> policies, UnaryOperator<String> topologyOf) {
        Map<String, List<BridgeEntry.Member>> members = new LinkedHashMap<>();
        tree.nodeIds().forEach(node -> members.put(node, new ArrayList<>()));
        for (Link link : tree.links()) {
            for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
                members.get(end.nodeId()).add(leafVlan == 0
                        ? new BridgeEntry.Member(end.ownedNodeEdgePointId(), serviceVlan)
                        : new BridgeEntry.Member(end.ownedNodeEdgePointId(), serviceVlan, BridgeEntry.Role.TRUNK,
                                leafVlan));
            }
        }
        List<String[]> edges = new ArrayList<>();
        for (ValidatedEndPoint end : ends) {
            BridgeEntry.Role role = end.endPoint().role() == PortRole.LEAF ? BridgeEntry.Role.LEAF
                    : BridgeEntry.Role.ROOT;
            members.computeIfAbsent(end.location().nodeId(), node -> new ArrayList<>())
                    .add(new BridgeEntry.Member(end.location().nepId(), end.ceVlan(), role, 0));
            edges.add(new String[] {end.location().nodeId(), end.location().nepId()});
        }
        Map<String, List<String>> portsByNode = new LinkedHashMap<>();
        members.forEach((node, list) -> {
            bridges.add(new BridgeEntry(serviceId, node, list).withPolicies(policies));
            portsByNode.put(node, list.stream().map(BridgeEntry.Member::port).toList());
        });
        this.topologyOf = topologyOf;
        topConnectionId = connections(serviceId, portsByNode, edges, LayerProtocolName.ETH);
        summary = (leafVlan == 0 ? "E-LAN of " : "E-Tree of ") + ends.size() + " end points, " + members.size()
                + " bridges on service VLAN " + serviceVlan + (leafVlan == 0 ? "" : " and leaf VLAN " + leafVlan);
    }

    /** What the devices get, in installation order. */
    public List<DeviceChange> changes() {
        List<DeviceChange> changes = new ArrayList<>(entries);
        changes.addAll(channels);
        changes.addAll(bridges);
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
    private String connections(String serviceId, List<Hop> hops, LayerProtocolName layer) {
        Map<String, List<String>> portsByNode = new LinkedHashMap<>();
        hops.forEach(hop -> portsByNode.put(hop.nodeId(), List.of(hop.portIn(), hop.portOut())));
        Hop first = hops.get(0);
        Hop end = hops.get(hops.size() - 1);
        return connections(serviceId, portsByNode, List.of(new String[] {first.nodeId(), first.portIn()},
                new String[] {end.nodeId(), end.portOut()}), layer);
    }

    /**
     * One connection per node between the ports the service uses there, and the top connection (first) between
     * the service's end points, whose route lists every node connection's end points; returns the top one's uuid.
     */
    private String connections(String serviceId, Map<String, List<String>> portsByNode, List<String[]> ends,
                               LayerProtocolName layer) {
        List<String> lower = new ArrayList<>();
        List<String> routeCeps = new ArrayList<>();
        portsByNode.forEach((node, ports) -> {
            String id = uuid("presto/connection/" + serviceId + "/" + node);
            lower.add(id);
            List<ConnectionEndPointRef> ceps = ports.stream().map(port -> cep(serviceId, node, port))
                    .toList();
            ceps.forEach(cep -> routeCeps.add(cep.connectionEndPointId()));
            connections.add(connection(id, ceps, List.of(), List.of(), layer));
        });
        String top = uuid("presto/connection/" + serviceId);
        connections.add(0, connection(top, ends.stream().map(end -> cep(serviceId, end[0], end[1]))
                .toList(), List.of(new Route("route-1", null, routeCeps)), lower, layer));
        return top;
    }

    private static String endOn(Link link, String nodeId) {
        return link.nodeEdgePoint().stream().filter(end -> end.nodeId().equals(nodeId))
                .map(OwnedNodeEdgePointRef::ownedNodeEdgePointId).findFirst()
                .orElseThrow(() -> new IllegalStateException("link " + link.uuid() + " does not end on " + nodeId));
    }

    private ConnectionEndPointRef cep(String serviceId, String nodeId, String nepId) {
        return new ConnectionEndPointRef(topologyOf.apply(nodeId), nodeId, nepId, uuid("presto/cep/" + serviceId + "/"
                + nepId));
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
