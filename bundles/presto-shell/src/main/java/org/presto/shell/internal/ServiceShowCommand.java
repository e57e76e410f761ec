package org.presto.shell.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.model.Connection;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Node;

@Command(scope = "presto", name = "service-show", description = "Shows a connectivity service: end points, route "
        + "and connections")
@Service
public class ServiceShowCommand implements Action {
    @Reference
    ConnectivityManager connectivity;

    @Reference
    NetworkInventory inventory;

    @Argument(index = 0, name = "service", description = "uuid or name of the service", required = true)
    String serviceIdOrName;

    @Override
    public Object execute() {
        ConnectivityService service = connectivity.service(serviceIdOrName).orElseThrow(
                () -> new IllegalArgumentException("No connectivity service with uuid or name '" + serviceIdOrName
                        + "'"));
        Map<String, String> nodeNames = new HashMap<>();
        Map<String, String> portNames = new HashMap<>();
        for (Node node : inventory.topology().node()) {
            nodeNames.put(node.uuid(), Names.of(node.name(), node.uuid()));
            node.ownedNodeEdgePoint().forEach(nep -> portNames.put(nep.uuid(), Names.of(nep.name(), nep.uuid())));
        }
        System.out.println("Service     " + service.uuid());
        System.out.println("Type        " + service.serviceType() + " " + service.layerProtocolName());
        System.out.println("State       lifecycle " + service.lifecycleState() + ", operational "
                + service.operationalState() + ", administrative " + service.administrativeState());
        if (service.requestedCapacity() != null) {
            System.out.println("Capacity    " + service.requestedCapacity().toMbps() + " Mbit/s");
        }
        System.out.println();
        TextTable endPoints = new TextTable("END-POINT", "SIP", "CE-VLAN", "ROLE");
        for (ConnectivityServiceEndPoint ep : service.endPoint()) {
            endPoints.row(ep.localId(), ep.sipId(), ServiceListCommand.endPoint(ep).replaceFirst(".*:", ""),
                    ep.role());
        }
        endPoints.print(System.out);
        System.out.println();
        TextTable connections = new TextTable("CONNECTION", "NODE", "PORTS", "OPER", "LIFECYCLE");
        for (Connection connection : connectivity.connections(service.uuid())) {
            boolean top = connection.lowerConnection().size() > 0;
            String node = top ? "(end to end)" : nodeNames.getOrDefault(connection.connectionEndPoint().get(0)
                    .nodeId(), connection.connectionEndPoint().get(0).nodeId());
            StringBuilder ports = new StringBuilder();
            for (ConnectionEndPointRef cep : connection.connectionEndPoint()) {
                ports.append(ports.length() == 0 ? "" : " <-> ").append(portNames.getOrDefault(
                        cep.ownedNodeEdgePointId(), cep.ownedNodeEdgePointId()));
            }
            connections.row(connection.uuid(), node, ports, connection.operationalState(),
                    connection.lifecycleState());
        }
        connections.print(System.out);
        return null;
    }
}
