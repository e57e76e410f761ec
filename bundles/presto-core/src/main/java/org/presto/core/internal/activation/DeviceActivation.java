package org.presto.core.internal.activation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.QueuedCalls.Outcome;
import org.presto.core.internal.inventory.Inventory;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.store.PrestoStore;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes devices through their drivers. Installation is all or nothing as far as the devices allow: the changes of
 * a request go to their devices in parallel, one operation per device at a time ({@link DeviceQueues}), each waited
 * for at most the device timeout, a failure the driver marks retryable tried again a few times (every operation is
 * idempotent). The undo record each driver returns is journaled with the service before anything goes on. If any
 * change fails or times out, every change that was or may have been made is taken back, newest first on each device:
 * by its undo record, or removed when there is none (it timed out); then the devices are read back and whatever of
 * the request is still there removed. What could not be taken back is reported, never hidden, so that it stays
 * recorded and reserved until the journal recovery or a later delete clears it.
 */
public final class DeviceActivation {

    /**
     * A device change failed; {@link #leftOnDevices()} lists the changes that may still be configured because of it.
     */
    public static final class Failure extends PrestoException {
        private static final long serialVersionUID = 1L;
        private final transient List<DeviceChange> leftOnDevices;

        public Failure(Reason reason, String message, Throwable cause, List<? extends DeviceChange> leftOnDevices) {
            super(reason, null, message, cause);
            this.leftOnDevices = List.copyOf(leftOnDevices);
        }

        public List<DeviceChange> leftOnDevices() {
            return leftOnDevices;
        }
    }

    /** Reading a device back failed or did not answer in time: nothing can be concluded about it. */
    public static final class ReadBackFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadBackFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeviceActivation.class);

    private final QueuedCalls calls;
    private final Inventory network;
    private final DeviceQueues queues;
    private final PrestoStore journal;

    public DeviceActivation(Inventory network, DeviceQueues queues, PrestoStore journal) {
        this.calls = new QueuedCalls(queues, this::driver);
        this.network = network;
        this.queues = queues;
        this.journal = journal;
    }

    /** Fails with UNAVAILABLE, having touched nothing, unless every node's driver is present. */
    public void requireDrivers(List<? extends DeviceChange> changes) {
        for (DeviceChange change : changes) {
            driver(change);
        }
    }

    /**
     * Fails with CONFLICT, having touched nothing, when a node's driver does not declare what its change needs;
     * {@code endPointPaths} (the request path of the end point at each UNI port) and {@code fallbackPath} say which
     * member asked for it.
     */
    public void requireCapable(List<? extends DeviceChange> changes, Map<String, String> endPointPaths,
            String fallbackPath) {
        DriverCapabilities.require(changes, network::driverOf, endPointPaths, fallbackPath);
    }

    /** Installs the changes; on failure undoes what was or may have been done and throws a {@link Failure}. */
    public void installAll(List<? extends DeviceChange> changes) {
        install(changes, true);
    }

    /**
     * Installs again changes a service had before (a rollback putting them back), as {@link #installAll} does but
     * without journaling their undo records: undoing a rollback would take the service down again.
     */
    public void restoreAll(List<? extends DeviceChange> changes) {
        install(changes, false);
    }

    private void install(List<? extends DeviceChange> changes, boolean journaling) {
        requireDrivers(changes);
        List<Outcome> made = calls.runAll(changes, (change, driver) -> driver.install(change));
        Map<DeviceChange, UndoRecord> undo = new HashMap<>();
        made.stream().filter(Outcome::succeeded).forEach(o -> undo.put(o.change(), (UndoRecord) o.value()));
        List<Outcome> outcomes;
        try {
            if (journaling) {
                journal(changes, undo);
            }
            outcomes = verified(made);
        } catch (StoreException e) {
            outcomes = made.stream().map(o -> o.succeeded() ? new Outcome(o.change(), o.value(), e, true) : o)
                    .toList();
        }
        Outcome failed = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElse(null);
        if (failed == null) {
            return;
        }
        // a change that timed out may still be made: it is taken back too, queued behind it on its device
        List<DeviceChange> taken = new ArrayList<>(outcomes.stream().filter(o -> o.succeeded() || o.timedOut())
                .map(Outcome::change).toList());
        java.util.Collections.reverse(taken);
        String failure = "configuring node " + failed.change().nodeId() + " failed";
        String why = failed.failure().getMessage();
        try {
            undoAll(taken, undo);
            removeAllNewestFirst(readBack(changes));
        } catch (Failure undoFailure) {
            throw new Failure(reasonOf(failed.failure()), failure + ": " + why + "; undoing it failed too: "
                    + undoFailure.getMessage(), failed.failure(), undoFailure.leftOnDevices());
        } catch (ReadBackFailure readBack) {
            throw new Failure(reasonOf(failed.failure()), failure + ": " + why + "; after undoing it, reading the "
                    + "devices back failed: " + readBack.getMessage(), failed.failure(), taken);
        }
        throw new Failure(reasonOf(failed.failure()), failure + ", every change made for the request was undone: "
                + why, failed.failure(), List.of());
    }

    /** Journals the undo records of the changes made, per service, before anything goes on. */
    private void journal(List<? extends DeviceChange> changes, Map<DeviceChange, UndoRecord> undo) {
        Map<String, List<UndoRecord>> byService = new LinkedHashMap<>();
        for (DeviceChange change : changes) {
            UndoRecord record = undo.get(change);
            if (record != null && !record.isNothing()) {
                byService.computeIfAbsent(change.serviceId(), id -> new ArrayList<>()).add(record);
            }
        }
        byService.forEach(journal::journalUndo);
    }

    /**
     * Takes the changes back, in the order given (newest first per device): by the undo record its driver returned
     * when that driver still owns the node, else by removing the change.
     */
    private void undoAll(List<DeviceChange> changes, Map<DeviceChange, UndoRecord> undo) {
        List<Outcome> outcomes = calls.runAll(changes, (change, driver) -> {
            UndoRecord record = undo.get(change);
            if (record == null || !record.driverId().equals(driver.info().id())) {
                driver.remove(change);
            } else if (!record.isNothing()) {
                driver.undo(record);
            }
            return null;
        });
        failIfLeft(outcomes);
    }

    /**
     * Hands journaled undo records back to their drivers, newest first; best effort, for the journal recovery, which
     * then reads the devices back. Whether every record was applied.
     */
    public boolean undoJournaled(List<UndoRecord> records) {
        boolean all = true;
        List<UndoRecord> newestFirst = new ArrayList<>(records);
        java.util.Collections.reverse(newestFirst);
        List<FutureTask<Object>> tasks = new ArrayList<>();
        for (UndoRecord record : newestFirst) {
            tasks.add(queues.submit(record.nodeId(), () -> {
                NetworkDriver driver = network.driverOf(record.nodeId()).orElseThrow(() -> new DriverException(
                        "the driver of node " + record.nodeId() + " is not available"));
                if (!driver.info().id().equals(record.driverId())) {
                    throw new DriverException("node " + record.nodeId() + " is now owned by driver "
                            + driver.info().id() + ", not " + record.driverId() + " that made the change");
                }
                calls.retried(record.nodeId(), () -> {
                    driver.undo(record);
                    return null;
                });
                return null;
            }));
        }
        long deadline = System.nanoTime() + queues.timeout().toNanos();
        for (int i = 0; i < tasks.size(); i++) {
            try {
                tasks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Undoing a journaled change on node {} failed: {}", newestFirst.get(i).nodeId(),
                        e.getCause() != null ? e.getCause().getMessage() : "no answer in time");
                all = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return all;
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
    public void removeAll(List<? extends DeviceChange> changes) {
        failIfLeft(calls.runAll(changes, (change, driver) -> {
            driver.remove(change);
            return null;
        }));
    }

    /** Removes the changes, given in installation order, newest first. */
    public void removeAllNewestFirst(List<? extends DeviceChange> changes) {
        List<DeviceChange> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        removeAll(newestFirst);
    }

    /** Throws a {@link Failure} listing the changes whose operation failed, if any did. */
    private static void failIfLeft(List<Outcome> outcomes) {
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
     * still queued there), each within the device timeout: one read per node, however many of the changes are on it.
     *
     * @throws ReadBackFailure if a driver is absent, fails or does not answer in time
     */
    public List<DeviceChange> readBack(List<? extends DeviceChange> changes) {
        Map<String, DeviceChange> onePerNode = new LinkedHashMap<>();
        changes.forEach(change -> onePerNode.putIfAbsent(change.nodeId(), change));
        Map<String, List<?>> configured = new HashMap<>();
        for (Outcome outcome : calls.runAll(List.copyOf(onePerNode.values()),
                (change, driver) -> driver.configuration(change.nodeId()))) {
            if (!outcome.succeeded()) {
                throw new ReadBackFailure("reading node " + outcome.change().nodeId() + " back failed: "
                        + outcome.failure().getMessage(), outcome.failure());
            }
            configured.put(outcome.change().nodeId(), (List<?>) outcome.value());
        }
        // a change is made when the device holds one equal to it (changes are values)
        return List.copyOf(changes.stream().filter(change -> configured.get(change.nodeId()).contains(change))
                .toList());
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
