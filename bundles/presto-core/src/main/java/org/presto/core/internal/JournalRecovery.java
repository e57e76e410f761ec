package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.presto.core.PrestoException;
import org.presto.model.LifecycleState;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what a stopped Presto left half done. The store is a journal: a service is stored PLANNED with all its
 * device changes before any device is touched, and PENDING_REMOVAL before they are removed. A record still in one of
 * those states was interrupted; its client never got an answer, so it is rolled back (or its removal finished): the
 * devices are read back through the drivers, whatever of the record is still on them is removed newest first, and
 * the record is deleted once a second read-back finds none of it. What cannot be removed stays recorded as
 * PENDING_REMOVAL with exactly what is left, so it stays reserved and the next attempt retries it.
 */
final class JournalRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    private final Inventory network;
    private final PrestoStore store;
    private final DeviceActivation devices;

    JournalRecovery(Inventory network, PrestoStore store, DeviceActivation devices) {
        this.network = network;
        this.store = store;
        this.devices = devices;
    }

    static boolean unfinished(ServiceRecord record) {
        LifecycleState state = record.service().lifecycleState();
        return state == LifecycleState.PLANNED || state == LifecycleState.PENDING_REMOVAL;
    }

    /** Whether every node the record has changes on has its driver present, so that it can be reconciled now. */
    boolean reachable(ServiceRecord record) {
        return DeviceChange.of(record).stream().allMatch(change -> network.driverOf(change.nodeId()).isPresent());
    }

    /** Rolls an interrupted service back or finishes its removal; false if devices could not be read or cleared. */
    boolean recover(ServiceRecord record) {
        String was = record.service().lifecycleState().name();
        try {
            List<DeviceChange> onDevices = onDevices(DeviceChange.of(record));
            devices.removeAll(DeviceChange.reversed(onDevices));
            List<DeviceChange> left = onDevices(DeviceChange.of(record));
            if (!left.isEmpty()) {
                throw new DeviceActivation.Failure(PrestoException.Reason.DEVICE_FAILURE, left.size()
                        + " changes are still read back after they were removed", null, left);
            }
            store.deleteService(record);
            LOG.warn("Service {} was {} when Presto stopped; reconciled with the devices: {} changes found on them "
                    + "and removed, the service is gone", record.uuid(), was, onDevices.size());
            return true;
        } catch (DeviceActivation.Failure failure) {
            store.saveService(DeviceChange.holding(record.withService(record.service().withStates(
                    record.service().operationalState(), LifecycleState.PENDING_REMOVAL)), failure.leftOnDevices()));
            LOG.error("Service {} was {} when Presto stopped and could not be cleared from the devices ({}); it stays "
                    + "PENDING_REMOVAL with what is left, and is retried when a driver comes back or on delete",
                    record.uuid(), was, failure.getMessage());
            return false;
        } catch (ReadBackFailure e) {
            LOG.error("Service {} was {} when Presto stopped; reading the devices back failed, it is retried later: "
                    + "{}", record.uuid(), was, e.getMessage());
            return false;
        }
    }

    /** The changes that the devices hold now, read back through their drivers. */
    private List<DeviceChange> onDevices(List<DeviceChange> changes) {
        List<DeviceChange> present = new ArrayList<>();
        for (DeviceChange change : changes) {
            NetworkDriver driver = network.driverOf(change.nodeId()).orElseThrow(() -> new ReadBackFailure(
                    "the driver of node " + change.nodeId() + " is not available", null));
            try {
                if (change.isOn(driver)) {
                    present.add(change);
                }
            } catch (DriverException | RuntimeException e) {
                throw new ReadBackFailure("reading node " + change.nodeId() + " failed: " + e.getMessage(), e);
            }
        }
        return present;
    }

    private static final class ReadBackFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadBackFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
