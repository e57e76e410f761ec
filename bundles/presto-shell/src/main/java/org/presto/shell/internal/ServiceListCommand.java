package org.presto.shell.internal;

import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.ConnectivityManager;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;

@Command(scope = "presto", name = "service-list", description = "Lists the connectivity services")
@Service
public class ServiceListCommand implements Action {
    @Reference
    ConnectivityManager connectivity;

    @Override
    public Object execute() {
        TextTable table = new TextTable("UUID", "TYPE", "LIFECYCLE", "OPER", "END-POINTS (SIP:CE-VLAN)");
        for (ConnectivityService service : connectivity.services()) {
            table.row(service.uuid(), service.serviceType(), service.lifecycleState(), service.operationalState(),
                    service.endPoint().stream().map(ServiceListCommand::endPoint).collect(Collectors.joining(" ")));
        }
        table.print(System.out);
        return null;
    }

    static String endPoint(ConnectivityServiceEndPoint ep) {
        return ep.sipId() + ":" + ep.ceVlanIds().stream().map(v -> String.valueOf(v.vlanId()))
                .collect(Collectors.joining(","));
    }
}
