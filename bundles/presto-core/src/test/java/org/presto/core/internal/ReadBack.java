package org.presto.core.internal;

import java.util.List;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;

/** What a driver reads back from a node, of one kind of change. */
final class ReadBack {
    private ReadBack() {
    }

    static <C extends DeviceChange> List<C> of(NetworkDriver driver, String nodeId, Class<C> kind)
            throws DriverException {
        return DeviceChange.ofKind(driver.configuration(nodeId), kind);
    }
}
