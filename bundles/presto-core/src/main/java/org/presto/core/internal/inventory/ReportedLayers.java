package org.presto.core.internal.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;

/**
 * Layers of nodes and links that a driver reports without any. TAPI requires them on every node and link
 * ({@code min-elements 1}), and some controllers leave them out: ONOS's ODTN names layers on its SIPs only. What the
 * network itself says stands in: a node has its edge points' layers, else those of the SIPs they map; a link the layers
 * its two ends' nodes share, else all of theirs. Whatever a driver reports is kept as it is.
 */
public final class ReportedLayers {
    private ReportedLayers() {
    }

    public static List<Node> ofNodes(List<Node> nodes, Map<String, ServiceInterfacePoint> sips) {
        return nodes.stream().map(node -> node.layerProtocolName().isEmpty()
                ? node.withLayerProtocolName(List.copyOf(layersOf(node, sips))) : node).toList();
    }

    public static List<Link> ofLinks(List<Link> links, List<Node> nodes) {
        Map<String, Node> nodeOfNep = new HashMap<>();
        nodes.forEach(node -> node.ownedNodeEdgePoint().forEach(nep -> nodeOfNep.put(nep.uuid(), node)));
        return links.stream().map(link -> link.layerProtocolName().isEmpty()
                ? link.withLayerProtocolName(layersOf(link, nodeOfNep)) : link).toList();
    }

    private static Set<LayerProtocolName> layersOf(Node node, Map<String, ServiceInterfacePoint> sips) {
        Set<LayerProtocolName> layers = node.ownedNodeEdgePoint().stream().map(NodeEdgePoint::layerProtocolName)
                .filter(layer -> layer != null).collect(Collectors.toCollection(LinkedHashSet::new));
        if (layers.isEmpty()) {
            node.ownedNodeEdgePoint().stream().flatMap(nep -> nep.mappedServiceInterfacePoint().stream())
                    .map(ServiceInterfacePointRef::serviceInterfacePointId).map(sips::get)
                    .filter(sip -> sip != null).forEach(sip -> layers.addAll(sip.layerProtocolName()));
        }
        return layers;
    }

    private static List<LayerProtocolName> layersOf(Link link, Map<String, Node> nodeOfNep) {
        List<List<LayerProtocolName>> ends = link.nodeEdgePoint().stream()
                .map(OwnedNodeEdgePointRef::ownedNodeEdgePointId).map(nodeOfNep::get).filter(node -> node != null)
                .map(Node::layerProtocolName).toList();
        Set<LayerProtocolName> all = ends.stream().flatMap(List::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<LayerProtocolName> shared = new ArrayList<>(all);
        ends.forEach(shared::retainAll);
        return List.copyOf(shared.isEmpty() ? all : shared);
    }
}
