package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;

/**
 * Changes devices through their drivers. Installation is all or nothing as far as the devices allow: on the first
 * failure, what was installed is removed again, newest first. What could not be removed is reported, never hidden,
 * so that it stays recorded and reserved until a later delete clears it.
 */
final class DeviceActivation {

    /** A device change failed; {@link #leftOnDevices()} lists the entries that are still configured because of it. */
    static final class Failure extends PrestoException {
        private static final long serialVersionUID = 1L;
        private final transient List<DeviceChange> leftOnDevices;

        Failure(Reason reason, String message, Throwable cause, List<DeviceChange> leftOnDevices) {
            super(reason, null, message, cause);
            this.leftOnDevices = List.copyOf(leftOnDevices);
        }

        List<DeviceChange> leftOnDevices() {
            return leftOnDevices;
        }
    }

    private final Inventory network;

    DeviceActivation(Inventory network) {
        this.network = network;
    }

    /** Fails with UNAVAILABLE, having touched nothing, unless every node's driver is present. */
    void requireDrivers(List<DeviceChange> entries) {
        for (DeviceChange entry : entries) {
            driver(entry);
        }
    }

    /** Installs the entries in order; on failure undoes what was done and throws a {@link Failure}. */
    void installAll(List<DeviceChange> entries) {
        requireDrivers(entries);
        List<DeviceChange> done = new ArrayList<>();
        for (DeviceChange entry : entries) {
            try {
                entry.install(driver(entry));
                done.add(entry);
            } catch (DriverException | RuntimeException e) {
                List<DeviceChange> undo = new ArrayList<>(done);
                java.util.Collections.reverse(undo);
                try {
                    removeAll(undo);
                } catch (Failure undoFailure) {
                    throw new Failure(reasonOf(e), "configuring node " + entry.nodeId() + " failed: "
                            + e.getMessage() + "; undoing it failed too: " + undoFailure.getMessage(), e,
                            undoFailure.leftOnDevices());
                }
                throw new Failure(reasonOf(e), "configuring node " + entry.nodeId() + " failed, every change made "
                        + "for the request was undone: " + e.getMessage(), e, List.of());
            }
        }
    }

    /**
     * Removes the entries in the order given, going on after a failure so that as little as possible stays; throws
     * a {@link Failure} listing what is still configured.
     */
    void removeAll(List<DeviceChange> entries) {
        List<DeviceChange> left = new ArrayList<>();
        Exception first = null;
        for (DeviceChange entry : entries) {
            try {
                entry.remove(driver(entry));
            } catch (DriverException | RuntimeException e) {
                left.add(entry);
                first = first == null ? e : first;
            }
        }
        if (!left.isEmpty()) {
            String nodes = left.stream().map(DeviceChange::nodeId).distinct().toList().toString();
            throw new Failure(reasonOf(first), "clearing nodes " + nodes + " failed: " + first.getMessage(), first,
                    left);
        }
    }

    private static Reason reasonOf(Exception e) {
        return e instanceof PrestoException p && p.reason() == Reason.UNAVAILABLE ? Reason.UNAVAILABLE
                : Reason.DEVICE_FAILURE;
    }

    private NetworkDriver driver(DeviceChange entry) {
        return network.driverOf(entry.nodeId()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, null,
                "the driver of node " + entry.nodeId() + " is not available"));
    }
}
