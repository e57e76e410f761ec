package org.presto.spi;

import java.util.List;
import java.util.Objects;
import org.presto.model.LayerProtocolName;
import org.presto.model.Name;

/**
 * A topology in which a driver's network presents itself: an SDN controller's own topologies, or those of an
 * imported TAPI file. Presto serves it as it is (uuid, names, layers) holding the nodes and links it names, so an
 * orchestrator finds the network under the topologies it already knows. Nodes that no topology of their driver names
 * are served in Presto's own topology ({@code mef:presto-nrp-topology}). Path computation always sees every node
 * and link of every driver, whichever topology presents them.
 *
 * @param uuid the topology's uuid, stable across restarts
 * @param name its names
 * @param layerProtocolName its layers; left empty, those of its nodes
 * @param nodeUuids the nodes it holds, each one of the network's nodes
 * @param linkUuids the links it holds, each one of the network's links
 * @since 3.1
 */
public record DiscoveredTopology(String uuid, List<Name> name, List<LayerProtocolName> layerProtocolName,
                                 List<String> nodeUuids, List<String> linkUuids) {
    public DiscoveredTopology {
        Objects.requireNonNull(uuid, "uuid");
        name = name == null ? List.of() : List.copyOf(name);
        layerProtocolName = layerProtocolName == null ? List.of() : List.copyOf(layerProtocolName);
        nodeUuids = nodeUuids == null ? List.of() : List.copyOf(nodeUuids);
        linkUuids = linkUuids == null ? List.of() : List.copyOf(linkUuids);
    }
}
