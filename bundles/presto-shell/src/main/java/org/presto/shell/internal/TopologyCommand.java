package org.presto.shell.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.Topology;

@Command(scope = "presto", name = "topology", description = "Shows the topologies: nodes and links with their state")
@Service
public class TopologyCommand implements Action {
    @Reference
    NetworkInventory inventory;

    @Override
    public Object execute() {
        Map<String, String> nodeNames = new HashMap<>();
        // a link may end on a node that another topology holds
        inventory.topology().node().forEach(n -> nodeNames.put(n.uuid(), Names.of(n.name(), n.uuid())));
        boolean first = true;
        for (Topology topology : inventory.topologies()) {
            if (!first) {
                System.out.println();
            }
            first = false;
            print(topology, nodeNames);
        }
        return null;
    }

    private static void print(Topology topology, Map<String, String> nodeNames) {
        System.out.println("Topology " + Names.of(topology.name(), topology.uuid()) + " (" + topology.uuid() + "): "
                + topology.node().size() + " nodes, " + topology.link().size() + " links");
        System.out.println();
        TextTable nodes = new TextTable("NODE", "UUID", "OPER", "PORTS", "EDGE-PORTS");
        for (Node node : topology.node()) {
            long edge = node.ownedNodeEdgePoint().stream()
                    .filter(nep -> !nep.mappedServiceInterfacePoint().isEmpty()).count();
            nodes.row(nodeNames.get(node.uuid()), node.uuid(), node.operationalState(),
                    node.ownedNodeEdgePoint().size(), edge);
        }
        nodes.print(System.out);
        System.out.println();
        TextTable links = new TextTable("LINK", "NODE-A", "NODE-B", "OPER", "COST", "LATENCY-US", "CAPACITY-MBPS");
        for (Link link : topology.link()) {
            links.row(Names.of(link.name(), link.uuid()), nodeNames.get(link.nodeEdgePoint().get(0).nodeId()),
                    nodeNames.get(link.nodeEdgePoint().get(1).nodeId()), link.operationalState(),
                    link.costCharacteristic().isEmpty() ? null : link.costCharacteristic().get(0).costValue(),
                    link.latencyCharacteristic().isEmpty() ? null
                            : link.latencyCharacteristic().get(0).fixedLatencyCharacteristic(),
                    link.totalPotentialCapacity() == null ? null : link.totalPotentialCapacity().toMbps());
        }
        links.print(System.out);
    }
}
