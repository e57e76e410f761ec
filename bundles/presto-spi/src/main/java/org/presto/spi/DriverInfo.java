package org.presto.spi;

import java.util.Objects;

/**
 * Identity of a driver instance.
 *
 * @param id unique among the drivers of one Presto instance, stable across restarts (nodes are bound to it)
 * @param vendor who makes the driver or the system it drives
 * @param version the driver's own version
 * @param description one line for operators
 */
public record DriverInfo(String id, String vendor, String version, String description) {
    public DriverInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        description = description == null ? "" : description;
    }
}
