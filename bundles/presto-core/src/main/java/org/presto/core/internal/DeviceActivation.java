package org.presto.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a list of device changes all or nothing: each done change is remembered with its undo, and on the first
 * failure everything done is undone newest first.
 */
final class DeviceActivation {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceActivation.class);

    /** One step and its inverse. */
    private record Step(ForwardingEntry entry, boolean install) {
        Step inverse() {
            return new Step(entry, !install);
        }
    }

    private final NetworkView network;

    DeviceActivation(NetworkView network) {
        this.network = network;
    }

    void installAll(List<ForwardingEntry> entries) {
        run(entries.stream().map(e -> new Step(e, true)).toList());
    }

    /** Removes in reverse order of installation. */
    void removeAll(List<ForwardingEntry> entries) {
        List<Step> steps = new java.util.ArrayList<>(entries.stream().map(e -> new Step(e, false)).toList());
        java.util.Collections.reverse(steps);
        run(steps);
    }

    private void run(List<Step> steps) {
        for (Step step : steps) {
            driver(step.entry());
        }
        Deque<Step> done = new ArrayDeque<>();
        for (Step step : steps) {
            try {
                apply(step);
                done.push(step);
            } catch (DriverException | RuntimeException e) {
                undo(done);
                throw new PrestoException(Reason.DEVICE_FAILURE, null, (step.install() ? "configuring" : "clearing")
                        + " node " + step.entry().nodeId() + " failed, all changes were undone: " + e.getMessage(), e);
            }
        }
    }

    /** Undoes newest first; an undo that fails is logged and the rest still undone, so as little as possible stays. */
    private void undo(Deque<Step> done) {
        while (!done.isEmpty()) {
            Step undo = done.pop().inverse();
            try {
                apply(undo);
            } catch (DriverException | RuntimeException e) {
                LOG.error("Undo of {} on node {} failed; the device may keep configuration of service {}: {}",
                        undo.install() ? "removal" : "installation", undo.entry().nodeId(), undo.entry().serviceId(),
                        e.getMessage(), e);
            }
        }
    }

    private void apply(Step step) throws DriverException {
        NetworkDriver driver = driver(step.entry());
        if (step.install()) {
            driver.install(step.entry());
        } else {
            driver.remove(step.entry());
        }
    }

    private NetworkDriver driver(ForwardingEntry entry) {
        return network.driverOf(entry.nodeId()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, null,
                "the driver of node " + entry.nodeId() + " is not available"));
    }
}
