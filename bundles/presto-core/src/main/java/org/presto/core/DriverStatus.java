package org.presto.core;

import java.util.List;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DriverInfo;

/**
 * A driver as operators see it.
 *
 * @param nodes how many nodes the driver owns (from its last report when it is away)
 * @param problem why the driver is {@link State#FAILED}, else empty
 * @param devices the devices the driver talks to and whether it is in touch with each (registered drivers only)
 */
public record DriverStatus(DriverInfo info, State state, int nodes, String problem, List<DeviceStatus> devices) {

    /** Whether Presto can use a driver now. */
    public enum State {
        /** Registered and its network known: its nodes are usable. */
        ACTIVE,
        /** Seen before but not registered now: its nodes are known but unavailable. */
        ABSENT,
        /** Registered, but it could not report its network: its nodes are unavailable. */
        FAILED
    }

    public DriverStatus(DriverInfo info, State state, int nodes, String problem) {
        this(info, state, nodes, problem, List.of());
    }

    public DriverStatus {
        problem = problem == null ? "" : problem;
        devices = devices == null ? List.of() : List.copyOf(devices);
    }
}
