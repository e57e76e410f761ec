package org.presto.driver.emulator.shell;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.driver.emulator.FaultInjection;
import org.presto.driver.emulator.device.FaultPlan;

@Command(scope = "presto", name = "emulator-fault", description = "Makes the emulated devices misbehave, for testing: "
        + "fail@N (the n-th install or remove from now fails), hang@N:MILLIS (answers that late), silent@N (reports "
        + "success without applying it), busy@N (refused as worth retrying), comma-separated; none to stop. Not kept "
        + "across restarts: the emulator's "
        + "faults setting in etc/ is")
@Service
public class EmulatorFaultCommand implements Action {
    @Reference
    List<FaultInjection> emulators;

    @Option(name = "--driver", description = "the emulator's driver id, when several emulators run")
    String driver;

    @Argument(index = 0, name = "faults", description = "e.g. fail@2,hang@5:10000, or none", required = true)
    String faults;

    @Override
    public Object execute() {
        FaultPlan plan = faults.equalsIgnoreCase("none") ? FaultPlan.NONE : FaultPlan.parse(faults);
        List<FaultInjection> chosen = emulators.stream().filter(e -> driver == null || e.driverId().equals(driver))
                .toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(driver == null ? "No emulator is running"
                    : "No emulator with driver id '" + driver + "'");
        }
        if (chosen.size() > 1) {
            throw new IllegalArgumentException("Several emulators run: name one with --driver ("
                    + chosen.stream().map(FaultInjection::driverId).toList() + ")");
        }
        chosen.get(0).inject(plan);
        System.out.println("Emulator " + chosen.get(0).driverId() + " injects: " + plan);
        return null;
    }
}
