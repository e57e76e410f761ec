package org.presto.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.ConnectivityManager;
import org.presto.core.ServiceLevel;

@Command(scope = "presto", name = "service-levels", description = "Lists the service levels create requests may "
        + "name (conn-constraint/service-level), one per etc/org.presto.servicelevel-*.cfg, and what each means")
@Service
public class ServiceLevelListCommand implements Action {
    @Reference
    ConnectivityManager connectivity;

    @Override
    public Object execute() {
        List<ServiceLevel> levels = connectivity.serviceLevels();
        if (levels.isEmpty()) {
            System.out.println("No service levels are configured: a request naming one is refused. Add "
                    + "etc/org.presto.servicelevel-NAME.cfg (see the operator guide).");
            return null;
        }
        TextTable table = new TextTable("NAME", "ROUTE OBJECTIVE", "MAX LATENCY (us)", "DESCRIPTION");
        for (ServiceLevel level : levels) {
            table.row(level.name(), level.objective() == null ? "default (least cost)" : level.objective(),
                    level.maxLatencyMicros() == null ? "none" : level.maxLatencyMicros(), level.description());
        }
        table.print(System.out);
        return null;
    }
}
