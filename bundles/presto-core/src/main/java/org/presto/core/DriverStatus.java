package org.presto.core;

import org.presto.spi.DriverInfo;

/**
 * A driver as operators see it.
 *
 * @param nodes how many nodes the driver owns (from its last report when it is away)
 * @param problem why the driver is {@link State#FAILED}, else empty
 */
public record DriverStatus(DriverInfo info, State state, int nodes, String problem) {

    /** Whether Presto can use a driver now. */
    public enum State {
        /** Registered and its network known: its nodes are usable. */
        ACTIVE,
        /** Seen before but not registered now: its nodes are known but unavailable. */
        ABSENT,
        /** Registered, but it could not report its network: its nodes are unavailable. */
        FAILED
    }

    public DriverStatus {
        problem = problem == null ? "" : problem;
    }
}
