package org.presto.core.internal.inventory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.presto.core.DriverStatus;
import org.presto.core.DriverStatus.State;
import org.presto.spi.NetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drivers' statuses with the devices each driver says it talks to, for operators: asked of the drivers present, a
 * driver that fails to answer keeps its status without devices.
 */
final class DeviceLists {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceLists.class);

    private DeviceLists() {
    }

    /** The statuses, ordered by driver id, each with its driver's devices where the driver is present. */
    static List<DriverStatus> added(Collection<DriverStatus> statuses, Map<String, NetworkDriver> driversById) {
        return statuses.stream().map(status -> added(status, driversById.get(status.info().id())))
                .sorted(Comparator.comparing(s -> s.info().id())).toList();
    }

    private static DriverStatus added(DriverStatus status, NetworkDriver driver) {
        if (driver == null || status.state() == State.ABSENT) {
            return status;
        }
        try {
            return new DriverStatus(status.info(), status.state(), status.nodes(), status.problem(),
                    driver.devices());
        } catch (RuntimeException e) {
            LOG.warn("Driver {} failed to list its devices: {}", status.info().id(), e.toString());
            return status;
        }
    }
}
