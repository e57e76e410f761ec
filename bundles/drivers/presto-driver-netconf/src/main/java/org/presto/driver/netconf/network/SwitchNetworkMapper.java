package org.presto.driver.netconf.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presto.driver.netconf.device.SwitchConfig;
import org.presto.driver.netconf.device.SwitchConfig.Port;
import org.presto.driver.netconf.device.SwitchConfig.Usage;
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
import org.presto.spi.StableUuids;

/**
 * Presents switches read over NETCONF as TAPI: each switch is a node named as its device, each port an edge point;
 * a customer port offers a SIP; a network port whose neighbour is another of the driver's switches is one end of a
 * link, taken in once whichever end reports it. A link carries the slower of its two ports' speeds.
 */
final class SwitchNetworkMapper {
    static final String NODE_NAME = "node-name";
    static final String NEP_NAME = "nep-name";
    static final String SIP_NAME = "sip-name";
    static final String LINK_NAME = "link-name";
    /** The largest frame a UNI carries: the jumbo frame metro switches commonly take. */
    static final long MAX_FRAME_SIZE_BYTES = 9216;

    private final StableUuids uuids;

    SwitchNetworkMapper(StableUuids uuids) {
        this.uuids = uuids;
    }

    /** @param switches each device's name and the configuration read from it, in a stable order */
    DiscoveredNetwork map(Map<String, SwitchConfig> switches) {
        Map<String, String> deviceBySystemName = new HashMap<>();
        switches.forEach((device, config) -> deviceBySystemName.put(
                config.systemName().isEmpty() ? device : config.systemName(), device));
        List<Node> nodes = new ArrayList<>();
        List<ServiceInterfacePoint> sips = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        switches.forEach((device, config) -> {
            List<NodeEdgePoint> ports = new ArrayList<>();
            for (Port port : config.ports()) {
                boolean customer = port.usage() == Usage.CUSTOMER;
                ports.add(edgePoint(device, port, customer));
                if (customer) {
                    sips.add(sip(device, port));
                } else {
                    neighbour(port, deviceBySystemName, switches)
                            .map(far -> link(device, port, far.device(), far.port()))
                            .ifPresent(link -> links.putIfAbsent(link.uuid(), link));
                }
            }
            nodes.add(NodeBuilder.builder()
                    .uuid(uuids.node(device))
                    .name(List.of(new Name(NODE_NAME, device)))
                    .layerProtocolName(List.of(LayerProtocolName.ETH))
                    .ownedNodeEdgePoint(ports)
                    .administrativeState(AdministrativeState.UNLOCKED)
                    .operationalState(OperationalState.ENABLED)
                    .lifecycleState(LifecycleState.INSTALLED)
                    .build());
        });
        return new DiscoveredNetwork(nodes, List.copyOf(links.values()), sips);
    }

    private record FarEnd(String device, Port port) {
    }

    private static Optional<FarEnd> neighbour(Port port, Map<String, String> deviceBySystemName,
            Map<String, SwitchConfig> switches) {
        String device = deviceBySystemName.get(port.neighbourSystem());
        if (device == null) {
            return Optional.empty();
        }
        return switches.get(device).port(port.neighbourPort())
                .filter(far -> far.usage() == Usage.NETWORK)
                .map(far -> new FarEnd(device, far));
    }

    private NodeEdgePoint edgePoint(String device, Port port, boolean customer) {
        return NodeEdgePointBuilder.builder()
                .uuid(uuids.nodeEdgePoint(device, port.name()))
                .name(List.of(new Name(NEP_NAME, device + "/" + port.name())))
                .layerProtocolName(LayerProtocolName.ETH)
                .linkPortDirection(PortDirection.BIDIRECTIONAL)
                .linkPortRole(PortRole.SYMMETRIC)
                .mappedServiceInterfacePoint(customer
                        ? List.of(new ServiceInterfacePointRef(uuids.serviceInterfacePoint(device, port.name())))
                        : List.of())
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.INSTALLED)
                .totalPotentialCapacity(Capacity.mbps(port.speedMbps()))
                .availableCapacity(Capacity.mbps(port.speedMbps()))
                .build();
    }

    private ServiceInterfacePoint sip(String device, Port port) {
        return ServiceInterfacePointBuilder.builder()
                .uuid(uuids.serviceInterfacePoint(device, port.name()))
                .name(List.of(new Name(SIP_NAME, device + "-" + port.name())))
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

    private Link link(String deviceA, Port portA, String deviceB, Port portB) {
        long mbps = Math.min(portA.speedMbps(), portB.speedMbps());
        return LinkBuilder.builder()
                .uuid(uuids.link(deviceA + "/" + portA.name(), deviceB + "/" + portB.name()))
                .name(List.of(new Name(LINK_NAME, deviceA + "/" + portA.name() + "--" + deviceB + "/"
                        + portB.name())))
                .nodeEdgePoint(List.of(
                        new OwnedNodeEdgePointRef(null, uuids.node(deviceA), uuids.nodeEdgePoint(deviceA,
                                portA.name())),
                        new OwnedNodeEdgePointRef(null, uuids.node(deviceB), uuids.nodeEdgePoint(deviceB,
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
