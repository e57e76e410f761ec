package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.DriverStatus;
import org.presto.core.NetworkInventory;

@Command(scope = "presto", name = "driver-list", description = "Lists the southbound drivers Presto knows, "
        + "present or absent")
@Service
public class DriverListCommand implements Action {
    @Reference
    NetworkInventory inventory;

    @Override
    public Object execute() {
        TextTable table = new TextTable("ID", "VENDOR", "VERSION", "NODES", "STATE", "DESCRIPTION OR PROBLEM");
        for (DriverStatus driver : inventory.drivers()) {
            table.row(driver.info().id(), driver.info().vendor(), driver.info().version(), driver.nodes(),
                    driver.state(), driver.problem().isEmpty() ? driver.info().description() : driver.problem());
        }
        table.print(System.out);
        return null;
    }
}
