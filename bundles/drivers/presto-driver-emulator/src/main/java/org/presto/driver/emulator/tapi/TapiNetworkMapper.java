package org.presto.driver.emulator.tapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.driver.emulator.graph.NetworkGraph;
import org.presto.driver.emulator.graph.Site;
import org.presto.driver.emulator.graph.Span;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.ForwardingDirection;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.NodeBuilder;
import org.presto.model.NodeEdgePoint;
import org.presto.model.NodeEdgePointBuilder;
import org.presto.model.NrpCarrierEthUniNResourceBuilder;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointBuilder;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.support.StableUuids;

/**
 * Presents an emulated network as TAPI: every site is an Ethernet switch with {@code edgePortsPerNode} customer
 * ports ({@code <node>/uni-<n>}, each mapped to its own SIP {@code <node>-uni-<n>}) and one trunk port per neighbour
 * ({@code <node>/trunk-<neighbour>}); every span is a link between the two trunk ports it connects. Latency is that
 * of light in fibre, 5 µs per km; cost is the length in whole km, at least 1.
 */
public final class TapiNetworkMapper {
    public static final String NODE_NAME = "node-name";
    public static final String NEP_NAME = "nep-name";
    public static final String SIP_NAME = "sip-name";
    public static final String LINK_NAME = "link-name";
    static final long FIBRE_LATENCY_MICROS_PER_KM = 5;
    /** The largest frame the emulated UNIs carry (a jumbo frame, as common metro Ethernet switches offer). */
    static final long MAX_FRAME_SIZE_BYTES = 9216;

    private final StableUuids uuids;
    private final int edgePortsPerNode;
    private final long portCapacityMbps;
    private final long linkCapacityMbps;

    public TapiNetworkMapper(String driverId, int edgePortsPerNode, long portCapacityMbps, long linkCapacityMbps) {
        this.uuids = new StableUuids("presto-emulator", driverId);
        this.edgePortsPerNode = edgePortsPerNode;
        this.portCapacityMbps = portCapacityMbps;
        this.linkCapacityMbps = linkCapacityMbps;
    }

    public static String edgePort(int number) {
        return "uni-" + number;
    }

    public static String trunkPort(String neighbour) {
        return "trunk-" + neighbour;
    }

    public DiscoveredNetwork map(NetworkGraph graph) {
        Map<String, List<NodeEdgePoint>> trunksBySite = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (Span span : graph.spans()) {
            trunksBySite.computeIfAbsent(span.siteA(), s -> new ArrayList<>()).add(trunk(span.siteA(), span.siteB()));
            trunksBySite.computeIfAbsent(span.siteB(), s -> new ArrayList<>()).add(trunk(span.siteB(), span.siteA()));
            links.add(link(span));
        }
        List<Node> nodes = new ArrayList<>();
        List<ServiceInterfacePoint> sips = new ArrayList<>();
        for (Site site : graph.sites()) {
            List<NodeEdgePoint> ports = new ArrayList<>();
            for (int number = 1; number <= edgePortsPerNode; number++) {
                ports.add(edge(site.name(), edgePort(number)));
                sips.add(sip(site.name(), edgePort(number)));
            }
            ports.addAll(trunksBySite.getOrDefault(site.name(), List.of()));
            nodes.add(NodeBuilder.builder()
                    .uuid(uuids.node(site.name()))
                    .name(List.of(new Name(NODE_NAME, site.name())))
                    .layerProtocolName(List.of(LayerProtocolName.ETH))
                    .ownedNodeEdgePoint(ports)
                    .administrativeState(AdministrativeState.UNLOCKED)
                    .operationalState(OperationalState.ENABLED)
                    .lifecycleState(LifecycleState.INSTALLED)
                    .build());
        }
        return new DiscoveredNetwork(nodes, links, sips);
    }

    private NodeEdgePoint edge(String node, String port) {
        return nodeEdgePoint(node, port, portCapacityMbps,
                List.of(new ServiceInterfacePointRef(uuids.serviceInterfacePoint(node, port))));
    }

    private NodeEdgePoint trunk(String node, String neighbour) {
        return nodeEdgePoint(node, trunkPort(neighbour), linkCapacityMbps, List.of());
    }

    private NodeEdgePoint nodeEdgePoint(String node, String port, long capacityMbps,
            List<ServiceInterfacePointRef> sips) {
        return NodeEdgePointBuilder.builder()
                .uuid(uuids.nodeEdgePoint(node, port))
                .name(List.of(new Name(NEP_NAME, node + "/" + port)))
                .layerProtocolName(LayerProtocolName.ETH)
                .linkPortDirection(PortDirection.BIDIRECTIONAL)
                .linkPortRole(PortRole.SYMMETRIC)
                .mappedServiceInterfacePoint(sips)
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(capacityMbps))
                .availableCapacity(Capacity.mbps(capacityMbps))
                .build();
    }

    private ServiceInterfacePoint sip(String node, String port) {
        return ServiceInterfacePointBuilder.builder()
                .uuid(uuids.serviceInterfacePoint(node, port))
                .name(List.of(new Name(SIP_NAME, node + "-" + port)))
                .layerProtocolName(List.of(LayerProtocolName.ETH))
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(portCapacityMbps))
                .availableCapacity(Capacity.mbps(portCapacityMbps))
                .nrpCarrierEthUniNResource(NrpCarrierEthUniNResourceBuilder.builder()
                        .maxFrameSize(MAX_FRAME_SIZE_BYTES)
                        .elmiPeModeEnabled(false)
                        .build())
                .build();
    }

    private Link link(Span span) {
        String a = span.siteA();
        String b = span.siteB();
        List<OwnedNodeEdgePointRef> ends = List.of(
                new OwnedNodeEdgePointRef(null, uuids.node(a), uuids.nodeEdgePoint(a, trunkPort(b))),
                new OwnedNodeEdgePointRef(null, uuids.node(b), uuids.nodeEdgePoint(b, trunkPort(a))));
        long latencyMicros = Math.round(span.lengthKm() * FIBRE_LATENCY_MICROS_PER_KM);
        long cost = Math.max(1, Math.round(span.lengthKm()));
        return LinkBuilder.builder()
                .uuid(uuids.link(a, b))
                .name(List.of(new Name(LINK_NAME, a + "--" + b)))
                .nodeEdgePoint(ends)
                .layerProtocolName(List.of(LayerProtocolName.ETH))
                .direction(ForwardingDirection.BIDIRECTIONAL)
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(linkCapacityMbps))
                .availableCapacity(Capacity.mbps(linkCapacityMbps))
                .costCharacteristic(List.of(new CostCharacteristic("cost", Long.toString(cost), null)))
                .latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(latencyMicros)))
                .build();
    }
}
