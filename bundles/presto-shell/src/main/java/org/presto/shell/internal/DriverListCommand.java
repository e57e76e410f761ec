package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import java.util.List;
import org.presto.core.DriverStatus;
import org.presto.core.NetworkInventory;
import org.presto.spi.DeviceStatus;

@Command(scope = "presto", name = "driver-list", description = "Lists the southbound drivers Presto knows, "
        + "present or absent, and the devices of each with their connection state")
@Service
public class DriverListCommand implements Action {
    @Reference
    NetworkInventory inventory;

    @Override
    public Object execute() {
        List<DriverStatus> drivers = inventory.drivers();
        TextTable table = new TextTable("ID", "VENDOR", "VERSION", "NODES", "STATE", "DESCRIPTION OR PROBLEM");
        TextTable devices = new TextTable("DRIVER", "DEVICE", "ADDRESS", "CONNECTION", "DETAIL");
        for (DriverStatus driver : drivers) {
            table.row(driver.info().id(), driver.info().vendor(), driver.info().version(), driver.nodes(),
                    driver.state(), driver.problem().isEmpty() ? driver.info().description() : driver.problem());
            for (DeviceStatus device : driver.devices()) {
                devices.row(driver.info().id(), device.device(), device.address(), device.connection(),
                        device.detail());
            }
        }
        table.print(System.out);
        if (drivers.stream().anyMatch(driver -> !driver.devices().isEmpty())) {
            System.out.println();
            devices.print(System.out);
        }
        return null;
    }
}
