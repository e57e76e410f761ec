package org.presto.driver.emulator.device;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.LayerProtocolName;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.DiscoveredNetwork;

/** Which nodes and ports exist, by uuid, with the names operators know them by for messages. */
public final class PortInventory {
    private record NodePorts(String name, Map<String, String> portNames, boolean photonic, boolean ethernet) {
    }

    private final Map<String, NodePorts> nodes = new HashMap<>();

    public PortInventory(DiscoveredNetwork network) {
        for (Node node : network.nodes()) {
            Map<String, String> portNames = new HashMap<>();
            for (NodeEdgePoint port : node.ownedNodeEdgePoint()) {
                portNames.put(port.uuid(), firstName(port.name(), port.uuid()));
            }
            nodes.put(node.uuid(), new NodePorts(firstName(node.name(), node.uuid()), Map.copyOf(portNames),
                    node.layerProtocolName().contains(LayerProtocolName.OTSiA),
                    node.layerProtocolName().contains(LayerProtocolName.ETH)
                            || !node.layerProtocolName().contains(LayerProtocolName.OTSiA)));
        }
    }

    public boolean hasNode(String nodeId) {
        return nodes.containsKey(nodeId);
    }

    /** Whether the node switches spectrum (a photonic node, layer OTSiA). */
    public boolean isPhotonic(String nodeId) {
        NodePorts node = nodes.get(nodeId);
        return node != null && node.photonic();
    }

    /**
     * Whether the node bridges VLANs (an Ethernet node, layer ETH). A node of both layers (a switch with a coloured
     * line port) does both.
     */
    public boolean isEthernet(String nodeId) {
        NodePorts node = nodes.get(nodeId);
        return node != null && node.ethernet();
    }

    public boolean hasPort(String nodeId, String portId) {
        NodePorts node = nodes.get(nodeId);
        return node != null && node.portNames().containsKey(portId);
    }

    /** The node's name, or its uuid when it is not known. */
    public String nodeName(String nodeId) {
        NodePorts node = nodes.get(nodeId);
        return node == null ? nodeId : node.name();
    }

    /** The port's name, or its uuid when it is not a port of the node. */
    public String portName(String nodeId, String portId) {
        NodePorts node = nodes.get(nodeId);
        return node == null ? portId : node.portNames().getOrDefault(portId, portId);
    }

    private static String firstName(List<Name> names, String fallback) {
        return names.isEmpty() ? fallback : names.get(0).value();
    }
}
