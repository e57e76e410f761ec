package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;

/**
 * Changes devices through their drivers. Installation is all or nothing as far as the devices allow: the changes of
 * a request go to their devices in parallel, one operation per device at a time ({@link DeviceQueues}), each waited
 * for at most the device timeout; if any fails or times out, every change that was or may have been made is removed
 * again, newest first on each device. What could not be removed (or did not answer in time) is reported, never
 * hidden, so that it stays recorded and reserved until the journal recovery or a later delete clears it.
 */
final class DeviceActivation {

    /** A device change failed; {@link #leftOnDevices()} lists the changes that may still be configured because of it. */
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

    /** Reading a device back failed or did not answer in time: nothing can be concluded about it. */
    static final class ReadBackFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadBackFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How one operation ended: its value (a read's answer), or its failure, which may be a timeout. */
    private record Outcome(DeviceChange change, Object value, Exception failure, boolean timedOut) {
        boolean succeeded() {
            return failure == null;
        }
    }

    /** One call to a driver about one change. */
    private interface Call {
        Object apply(DeviceChange change, NetworkDriver driver) throws DriverException;
    }

    private final Inventory network;
    private final DeviceQueues queues;

    DeviceActivation(Inventory network, DeviceQueues queues) {
        this.network = network;
        this.queues = queues;
    }

    /** Fails with UNAVAILABLE, having touched nothing, unless every node's driver is present. */
    void requireDrivers(List<DeviceChange> changes) {
        for (DeviceChange change : changes) {
            driver(change);
        }
    }

    /** Installs the changes; on failure undoes what was or may have been done and throws a {@link Failure}. */
    void installAll(List<DeviceChange> changes) {
        requireDrivers(changes);
        List<Outcome> outcomes = verified(runAll(changes, (change, driver) -> {
            change.install(driver);
            return null;
        }));
        Outcome failed = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElse(null);
        if (failed == null) {
            return;
        }
        // a change that timed out may still be made: it is undone too, queued behind it on its device
        List<DeviceChange> undo = new ArrayList<>(outcomes.stream().filter(o -> o.succeeded() || o.timedOut())
                .map(Outcome::change).toList());
        java.util.Collections.reverse(undo);
        String failure = "configuring node " + failed.change().nodeId() + " failed";
        String why = failed.failure().getMessage();
        try {
            removeAll(undo);
        } catch (Failure undoFailure) {
            throw new Failure(reasonOf(failed.failure()), failure + ": " + why + "; undoing it failed too: "
                    + undoFailure.getMessage(), failed.failure(), undoFailure.leftOnDevices());
        }
        throw new Failure(reasonOf(failed.failure()), failure + ", every change made for the request was undone: "
                + why, failed.failure(), List.of());
    }

    /**
     * The outcomes with every reported success checked by reading the device back: a driver that says it made a
     * change it did not make is caught here, before the service is recorded as installed.
     */
    private List<Outcome> verified(List<Outcome> outcomes) {
        List<DeviceChange> reported = outcomes.stream().filter(Outcome::succeeded).map(Outcome::change).toList();
        if (reported.isEmpty() || outcomes.size() != reported.size()) {
            return outcomes;
        }
        List<DeviceChange> held;
        try {
            held = readBack(reported);
        } catch (ReadBackFailure e) {
            return outcomes.stream().map(o -> new Outcome(o.change(), null, new DriverException("reading node "
                    + o.change().nodeId() + " back after the change failed: " + e.getMessage()), true)).toList();
        }
        return outcomes.stream().map(o -> held.contains(o.change()) ? o : new Outcome(o.change(), null,
                new DriverException("node " + o.change().nodeId() + " reported the change made, but reading it back "
                        + "does not show it"), true)).toList();
    }

    /**
     * Removes the changes, newest first on each device as given, going on after a failure so that as little as
     * possible stays; throws a {@link Failure} listing what may still be configured.
     */
    void removeAll(List<DeviceChange> changes) {
        List<Outcome> outcomes = runAll(changes, (change, driver) -> {
            change.remove(driver);
            return null;
        });
        List<DeviceChange> left = outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::change).toList();
        if (!left.isEmpty()) {
            Exception first = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow().failure();
            String nodes = left.stream().map(DeviceChange::nodeId).distinct().toList().toString();
            throw new Failure(reasonOf(first), "clearing nodes " + nodes + " failed: " + first.getMessage(), first,
                    left);
        }
    }

    /**
     * The changes the devices hold now, read back through their drivers on the devices' queues (so after whatever is
     * still queued there), each within the device timeout.
     *
     * @throws ReadBackFailure if a driver is absent, fails or does not answer in time
     */
    List<DeviceChange> readBack(List<DeviceChange> changes) {
        List<DeviceChange> present = new ArrayList<>();
        for (Outcome outcome : runAll(changes, DeviceChange::isOn)) {
            if (!outcome.succeeded()) {
                throw new ReadBackFailure("reading node " + outcome.change().nodeId() + " back failed: "
                        + outcome.failure().getMessage(), outcome.failure());
            }
            if (Boolean.TRUE.equals(outcome.value())) {
                present.add(outcome.change());
            }
        }
        return present;
    }

    /** Queues one call per change on its device and waits for each at most the device timeout from the start. */
    private List<Outcome> runAll(List<DeviceChange> changes, Call call) {
        List<FutureTask<Object>> tasks = new ArrayList<>();
        for (DeviceChange change : changes) {
            tasks.add(queues.submit(change.nodeId(), () -> call.apply(change, driver(change))));
        }
        long deadline = System.nanoTime() + queues.timeout().toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            DeviceChange change = changes.get(i);
            try {
                Object value = tasks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcomes.add(new Outcome(change, value, null, false));
            } catch (ExecutionException e) {
                Exception cause = e.getCause() instanceof Exception ex ? ex : e;
                outcomes.add(new Outcome(change, null, cause, false));
            } catch (TimeoutException e) {
                outcomes.add(new Outcome(change, null, new DriverException("node " + change.nodeId() + " did not "
                        + "answer within " + queues.timeout().toMillis() + " ms"), true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(change, null, new DriverException("interrupted waiting for node "
                        + change.nodeId()), true));
            }
        }
        return outcomes;
    }

    private static Reason reasonOf(Exception e) {
        return e instanceof PrestoException p && p.reason() == Reason.UNAVAILABLE ? Reason.UNAVAILABLE
                : Reason.DEVICE_FAILURE;
    }

    private NetworkDriver driver(DeviceChange change) {
        return network.driverOf(change.nodeId()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, null,
                "the driver of node " + change.nodeId() + " is not available"));
    }
}
