package org.presto.core;

import org.presto.spi.DriverInfo;

/**
 * A driver as operators see it.
 *
 * @param available whether the driver's service is registered now
 * @param nodes how many nodes the driver owns (from its last report when it is away)
 */
public record DriverStatus(DriverInfo info, boolean available, int nodes) {
    public String state() {
        return available ? "ACTIVE" : "ABSENT";
    }
}
