package org.presto.spi.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.ForwardingDirection;
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

/**
 * Builds the {@link DiscoveredNetwork} of Ethernet switches from what a driver reads of them: switches by name,
 * customer ports (each offering a SIP) and network ports (each naming the switch and port at the far end of its
 * cable). A link is reported once, whichever end names the other, and only when the far end is a network port of a
 * switch of the same network; it carries the slower of its two ports' speeds. Names are those the driver gives;
 * uuids derive from them through {@link StableUuids}, so they stay the same as long as the names do.
 *
 * <p>Nodes are named {@code node-name = <switch>}, edge points {@code nep-name = <switch>/<port>}, SIPs
 * {@code sip-name = <switch>-<port>}, links {@code link-name = <switch>/<port>--<switch>/<port>}.
 */
public final class SwitchNetwork {
    /** The largest frame a UNI carries: the jumbo frame metro switches commonly take. */
    public static final long MAX_FRAME_SIZE_BYTES = 9216;

    private record Port(String name, long speedMbps, String farSwitch, String farPort) {
        boolean customer() {
            return farSwitch == null;
        }
    }

    private final StableUuids uuids;
    private final Map<String, List<Port>> switches = new LinkedHashMap<>();

    public SwitchNetwork(StableUuids uuids) {
        this.uuids = uuids;
    }

    /** Adds a switch (ports may follow); adding it again changes nothing. */
    public SwitchNetwork addSwitch(String name) {
        switches.computeIfAbsent(name, n -> new ArrayList<>());
        return this;
    }

    /** A port facing a customer: a UNI, offering a SIP. */
    public SwitchNetwork addCustomerPort(String switchName, String port, long speedMbps) {
        addSwitch(switchName).switches.get(switchName).add(new Port(port, speedMbps, null, null));
        return this;
    }

    /**
     * A trunk to another switch of the network.
     *
     * @param farSwitch the switch at the far end of the cable, or null when not known (no link is reported)
     */
    public SwitchNetwork addNetworkPort(String switchName, String port, long speedMbps, String farSwitch,
            String farPort) {
        addSwitch(switchName).switches.get(switchName).add(new Port(port, speedMbps, farSwitch == null ? "" : farSwitch,
                farPort == null ? "" : farPort));
        return this;
    }

    public DiscoveredNetwork build() {
        List<Node> nodes = new ArrayList<>();
        List<ServiceInterfacePoint> sips = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        switches.forEach((name, ports) -> {
            List<NodeEdgePoint> edgePoints = new ArrayList<>();
            for (Port port : ports) {
                edgePoints.add(edgePoint(name, port));
                if (port.customer()) {
                    sips.add(sip(name, port));
                } else {
                    far(port).map(far -> link(name, port, port.farSwitch(), far))
                            .ifPresent(link -> links.putIfAbsent(link.uuid(), link));
                }
            }
            nodes.add(NodeBuilder.builder()
                    .uuid(uuids.node(name))
                    .name(List.of(new Name("node-name", name)))
                    .layerProtocolName(List.of(LayerProtocolName.ETH))
                    .ownedNodeEdgePoint(edgePoints)
                    .administrativeState(AdministrativeState.UNLOCKED)
                    .operationalState(OperationalState.ENABLED)
                    .lifecycleState(LifecycleState.INSTALLED)
                    .build());
        });
        return new DiscoveredNetwork(nodes, List.copyOf(links.values()), sips);
    }

    private Optional<Port> far(Port port) {
        return switches.getOrDefault(port.farSwitch(), List.of()).stream()
                .filter(far -> !far.customer() && far.name().equals(port.farPort())).findFirst();
    }

    private NodeEdgePoint edgePoint(String switchName, Port port) {
        return NodeEdgePointBuilder.builder()
                .uuid(uuids.nodeEdgePoint(switchName, port.name()))
                .name(List.of(new Name("nep-name", switchName + "/" + port.name())))
                .layerProtocolName(LayerProtocolName.ETH)
                .linkPortDirection(PortDirection.BIDIRECTIONAL)
                .linkPortRole(PortRole.SYMMETRIC)
                .mappedServiceInterfacePoint(port.customer()
                        ? List.of(new ServiceInterfacePointRef(uuids.serviceInterfacePoint(switchName, port.name())))
                        : List.of())
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(port.speedMbps()))
                .availableCapacity(Capacity.mbps(port.speedMbps()))
                .build();
    }

    private ServiceInterfacePoint sip(String switchName, Port port) {
        return ServiceInterfacePointBuilder.builder()
                .uuid(uuids.serviceInterfacePoint(switchName, port.name()))
                .name(List.of(new Name("sip-name", switchName + "-" + port.name())))
                .layerProtocolName(List.of(LayerProtocolName.ETH))
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(port.speedMbps()))
                .availableCapacity(Capacity.mbps(port.speedMbps()))
                .nrpCarrierEthUniNResource(NrpCarrierEthUniNResourceBuilder.builder()
                        .maxFrameSize(MAX_FRAME_SIZE_BYTES)
                        .elmiPeModeEnabled(false)
                        .build())
                .build();
    }

    private Link link(String switchA, Port portA, String switchB, Port portB) {
        long mbps = Math.min(portA.speedMbps(), portB.speedMbps());
        String endA = switchA + "/" + portA.name();
        String endB = switchB + "/" + portB.name();
        return LinkBuilder.builder()
                .uuid(uuids.link(endA, endB))
                .name(List.of(new Name("link-name", endA.compareTo(endB) <= 0 ? endA + "--" + endB
                        : endB + "--" + endA)))
                .nodeEdgePoint(List.of(
                        new OwnedNodeEdgePointRef(null, uuids.node(switchA), uuids.nodeEdgePoint(switchA,
                                portA.name())),
                        new OwnedNodeEdgePointRef(null, uuids.node(switchB), uuids.nodeEdgePoint(switchB,
                                portB.name()))))
                .layerProtocolName(List.of(LayerProtocolName.ETH))
                .direction(ForwardingDirection.BIDIRECTIONAL)
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(mbps))
                .availableCapacity(Capacity.mbps(mbps))
                .costCharacteristic(List.of(new CostCharacteristic("cost", "1", null)))
                .build();
    }
}
