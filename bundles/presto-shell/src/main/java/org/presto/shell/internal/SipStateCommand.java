package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.model.AdministrativeState;
import org.presto.model.ServiceInterfacePoint;

@Command(scope = "presto", name = "sip-state", description = "Locks or unlocks a service interface point: a LOCKED "
        + "point takes no new service; services already on it stay")
@Service
public class SipStateCommand extends WriteCommand {
    @Reference
    NetworkInventory inventory;

    @Argument(index = 0, name = "sip", description = "uuid or name of the service interface point", required = true)
    String sip;

    @Argument(index = 1, name = "state", description = "LOCKED or UNLOCKED", required = true)
    String state;

    @Override
    protected String target() {
        return sip;
    }

    @Override
    protected Object write() {
        AdministrativeState administrativeState = StateArgument.parse(state);
        ServiceInterfacePoint updated = inventory.updateAdministrativeState(sip, administrativeState);
        System.out.println("Service interface point " + Names.of(updated.name(), updated.uuid()) + " ("
                + updated.uuid() + ") is " + updated.administrativeState());
        return null;
    }
}
