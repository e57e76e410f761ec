package org.presto.store;

import java.util.Objects;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverInfo;

/** The network a driver reported when last seen, kept so its nodes stay known while the driver is away. */
public record NetworkRecord(DriverInfo driver, DiscoveredNetwork network) {
    public NetworkRecord {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(network, "network");
    }
}
