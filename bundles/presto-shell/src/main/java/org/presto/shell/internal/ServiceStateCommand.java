package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityUpdate;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;

@Command(scope = "presto", name = "service-state", description = "Locks or unlocks a connectivity service: LOCKED "
        + "takes its configuration off the devices (traffic stops) and keeps its resources reserved; UNLOCKED puts it "
        + "back")
@Service
public class ServiceStateCommand extends WriteCommand {
    @Reference
    ConnectivityManager connectivity;

    @Argument(index = 0, name = "service", description = "uuid or name of the connectivity service", required = true)
    String service;

    @Argument(index = 1, name = "state", description = "LOCKED or UNLOCKED", required = true)
    String state;

    @Override
    protected String target() {
        return service;
    }

    @Override
    protected Object write() {
        AdministrativeState administrativeState = StateArgument.parse(state);
        ConnectivityService updated = connectivity.update(service, new ConnectivityUpdate(null, null,
                administrativeState));
        System.out.println("Service " + Names.of(updated.name(), updated.uuid()) + " (" + updated.uuid() + ") is "
                + updated.administrativeState() + ", " + updated.operationalState());
        return null;
    }
}
