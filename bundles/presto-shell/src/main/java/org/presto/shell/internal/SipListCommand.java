package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.model.ServiceInterfacePoint;

@Command(scope = "presto", name = "sip-list", description = "Lists the service interface points")
@Service
public class SipListCommand implements Action {
    @Reference
    NetworkInventory inventory;

    @Override
    public Object execute() {
        TextTable table = new TextTable("UUID", "NAME", "ADMIN", "OPER", "CAPACITY-MBPS");
        for (ServiceInterfacePoint sip : inventory.serviceInterfacePoints()) {
            table.row(sip.uuid(), Names.of(sip.name(), sip.uuid()), sip.administrativeState(),
                    sip.operationalState(), sip.totalPotentialCapacity() == null ? null
                            : sip.totalPotentialCapacity().toMbps());
        }
        table.print(System.out);
        return null;
    }
}
