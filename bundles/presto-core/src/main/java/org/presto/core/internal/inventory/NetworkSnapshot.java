package org.presto.core.internal.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.presto.model.AdministrativeState;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.spi.DiscoveredTopology;
import org.presto.spi.NetworkDriver;
import org.presto.store.NetworkRecord;

/**
 * One consistent view of the whole network, built from every driver's last report and which drivers are live.
 * Immutable: a new snapshot replaces the old one whenever a driver comes or goes. {@link #topology} is the whole
 * network as one topology, which path computation and planning work on; {@link #topologies} are the topologies
 * it is served in: those the drivers report (see {@link DiscoveredTopology}), and Presto's own for the nodes none
 * of them holds.
 */
public final class NetworkSnapshot {
    static final String TOPOLOGY_NAME = "mef:presto-nrp-topology";
    static final String TOPOLOGY_UUID = UUID.nameUUIDFromBytes(
            "presto/topology/nrp".getBytes(StandardCharsets.UTF_8)).toString();

    final Topology topology;
    final List<ServiceInterfacePoint> sips;
    final Map<String, String> nodeOwner = new HashMap<>();
    final Map<String, SipLocation> sipLocations = new HashMap<>();
    final Map<String, Link> linkByNep = new HashMap<>();
    final Map<String, NetworkDriver> liveDrivers;
    final List<Topology> topologies;
    /** The served topology each node is placed in: the first that holds it. */
    private final Map<String, String> topologyOfNode = new HashMap<>();

    NetworkSnapshot(Collection<NetworkRecord> records, Map<String, NetworkDriver> liveDrivers,
                    Map<String, AdministrativeState> sipStates) {
        this.liveDrivers = liveDrivers;
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Map<String, ServiceInterfacePoint> sipsById = new HashMap<>();
        Map<String, Boolean> nodeUp = new HashMap<>();
        for (NetworkRecord record : records) {
            boolean live = liveDrivers.containsKey(record.driver().id());
            for (Node node : record.network().nodes()) {
                if (nodeOwner.putIfAbsent(node.uuid(), record.driver().id()) != null) {
                    continue; // Inventory admits no driver whose nodes another driver reports; older records may
                }
                boolean up = live && node.operationalState() != OperationalState.DISABLED;
                nodes.add(node.withCascadedOperationalState(up ? OperationalState.ENABLED : OperationalState.DISABLED));
                nodeUp.put(node.uuid(), up);
            }
            for (ServiceInterfacePoint sip : record.network().serviceInterfacePoints()) {
                sipsById.put(sip.uuid(), sip);
            }
            links.addAll(record.network().links());
            for (DiscoveredTopology reported : record.network().topologies()) {
                reported.nodeUuids().forEach(node -> topologyOfNode.putIfAbsent(node, reported.uuid()));
            }
        }
        nodes.forEach(node -> topologyOfNode.putIfAbsent(node.uuid(), TOPOLOGY_UUID));
        List<Node> layered = ReportedLayers.ofNodes(nodes, sipsById);
        this.topology = TopologyBuilder.builder()
                .uuid(TOPOLOGY_UUID)
                .name(List.of(new Name("topology-name", TOPOLOGY_NAME)))
                .layerProtocolName(layers(layered))
                .node(layered)
                .link(ReportedLayers.ofLinks(links, layered).stream().map(link -> placed(link, nodeUp)).toList())
                .build();
        this.topologies = ServedTopologies.of(records, topology, topologyOfNode);
        for (Link link : topology.link()) {
            link.nodeEdgePoint().forEach(end -> linkByNep.put(end.ownedNodeEdgePointId(), link));
        }
        List<ServiceInterfacePoint> sipList = new ArrayList<>();
        for (Node node : topology.node()) {
            boolean up = node.operationalState() == OperationalState.ENABLED;
            for (NodeEdgePoint nep : node.ownedNodeEdgePoint()) {
                for (ServiceInterfacePointRef ref : nep.mappedServiceInterfacePoint()) {
                    ServiceInterfacePoint sip = sipsById.get(ref.serviceInterfacePointId());
                    if (sip != null) {
                        // a point the driver reports down stays down on a working node
                        ServiceInterfacePoint stated = sip.withOperationalState(
                                up && sip.operationalState() != OperationalState.DISABLED ? OperationalState.ENABLED
                                        : OperationalState.DISABLED);
                        if (sipStates.containsKey(sip.uuid())) {
                            stated = stated.withAdministrativeState(sipStates.get(sip.uuid()));
                        }
                        sipList.add(stated);
                        sipLocations.put(sip.uuid(), new SipLocation(stated, node.uuid(), nep.uuid(), up));
                    }
                }
            }
        }
        this.sips = List.copyOf(sipList);
    }

    /** The layers of the nodes, in the order met; Ethernet for a network that names none. */
    static List<LayerProtocolName> layers(List<Node> nodes) {
        List<LayerProtocolName> layers = nodes.stream().flatMap(n -> n.layerProtocolName().stream()).distinct()
                .toList();
        return layers.isEmpty() ? List.of(LayerProtocolName.ETH) : layers;
    }

    /** The served topology a node is placed in, which references to its edge points name. */
    String topologyOf(String nodeId) {
        return topologyOfNode.getOrDefault(nodeId, TOPOLOGY_UUID);
    }

    /** The served topology that holds a link: the first reported one that names it, else Presto's. */
    String topologyOfLink(String linkId) {
        return topologies.stream().filter(t -> t.link().stream().anyMatch(link -> link.uuid().equals(linkId)))
                .map(Topology::uuid).findFirst().orElse(TOPOLOGY_UUID);
    }

    /** The link with each end in its node's topology and disabled when either end node is down. */
    private Link placed(Link link, Map<String, Boolean> nodeUp) {
        List<OwnedNodeEdgePointRef> ends = link.nodeEdgePoint().stream()
                .map(end -> new OwnedNodeEdgePointRef(topologyOf(end.nodeId()), end.nodeId(),
                        end.ownedNodeEdgePointId()))
                .toList();
        boolean up = ends.stream().allMatch(end -> nodeUp.getOrDefault(end.nodeId(), false))
                && link.operationalState() != OperationalState.DISABLED;
        return link.with(placed -> placed.nodeEdgePoint(ends)
                .operationalState(up ? OperationalState.ENABLED : OperationalState.DISABLED));
    }
}
