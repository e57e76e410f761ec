package org.presto.core.internal.journal;

import java.util.List;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.AdministrativeState;
import org.presto.model.LifecycleState;
import org.presto.spi.DeviceChange;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what a stopped Presto left half done. The store is a journal: a service is stored PLANNED with all its
 * device changes before any device is touched, and PENDING_REMOVAL before they are removed; the undo records drivers
 * return are journaled as the changes are made. A record still in one of those states was interrupted; its client
 * never got an answer, so it is rolled back (or its removal finished): the journaled undo records go back to their
 * drivers newest first, then the devices are read back, whatever of the record is still on them (a change made but
 * not journaled yet when Presto stopped) is removed newest first, and the record is deleted once a second read-back
 * finds none of it. What cannot be removed stays recorded as
 * PENDING_REMOVAL with exactly what is left, so it stays reserved and the next attempt retries it.
 */
public final class JournalRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    private final Inventory network;
    private final PrestoStore store;
    private final DeviceActivation devices;

    public JournalRecovery(Inventory network, PrestoStore store, DeviceActivation devices) {
        this.network = network;
        this.store = store;
        this.devices = devices;
    }

    public static boolean unfinished(ServiceRecord record) {
        LifecycleState state = record.service().lifecycleState();
        return state == LifecycleState.PLANNED || state == LifecycleState.PENDING_REMOVAL || record.updating();
    }

    /** Whether every node the record has changes on has its driver present, so that it can be reconciled now. */
    public boolean reachable(ServiceRecord record) {
        return record.changes().stream().allMatch(change -> network.driverOf(change.nodeId()).isPresent());
    }

    /** Rolls an interrupted service back or finishes its removal; false if devices could not be read or cleared. */
    public boolean recover(ServiceRecord record) {
        if (record.updating() && record.service().lifecycleState() == LifecycleState.INSTALLED) {
            return rollBackUpdate(record);
        }
        String was = record.service().lifecycleState().name();
        try {
            devices.undoJournaled(store.undoRecords(record.uuid()));
            List<DeviceChange> onDevices = devices.readBack(record.changes());
            devices.removeAllNewestFirst(onDevices);
            List<DeviceChange> left = devices.readBack(record.changes());
            if (!left.isEmpty()) {
                throw new DeviceActivation.Failure(PrestoException.Reason.DEVICE_FAILURE, left.size()
                        + " changes are still read back after they were removed", null, left);
            }
            store.deleteService(record);
            LOG.warn("Service {} was {} when Presto stopped; reconciled with the devices: {} changes found on them "
                    + "and removed, the service is gone", record.uuid(), was, onDevices.size());
            return true;
        } catch (DeviceActivation.Failure failure) {
            keepLeft(record, failure.leftOnDevices());
            LOG.error("Service {} ({}) could not be cleared from the devices ({}); it stays PENDING_REMOVAL with what "
                    + "is left and is retried", record.uuid(), was, failure.getMessage());
            return false;
        } catch (DeviceActivation.ReadBackFailure | StoreException e) {
            LOG.error("Service {} ({}) could not be reconciled now, it is retried: {}", record.uuid(), was,
                    e.getMessage());
            return false;
        }
    }

    /**
     * Puts an installed service whose update was interrupted or failed back as it was before: while an update runs
     * the record keeps the service as it was and, as prior, the configuration it had; the devices are made to hold
     * exactly that configuration again (nothing, if the service was LOCKED) and the record to list it. False if the
     * devices could not be brought back; the record then stays as it is and is retried.
     */
    public boolean rollBackUpdate(ServiceRecord record) {
        List<DeviceChange> prior = record.prior();
        List<DeviceChange> wanted = record.service().administrativeState() == AdministrativeState.LOCKED
                ? List.of() : prior;
        List<DeviceChange> unwanted = new java.util.ArrayList<>(record.changes());
        prior.stream().filter(change -> !unwanted.contains(change)).forEach(unwanted::add);
        unwanted.removeAll(wanted);
        try {
            devices.undoJournaled(store.undoRecords(record.uuid()));
            List<DeviceChange> extra = devices.readBack(unwanted);
            devices.removeAllNewestFirst(extra);
            List<DeviceChange> missing = new java.util.ArrayList<>(wanted);
            missing.removeAll(devices.readBack(wanted));
            devices.restoreAll(missing);
            if (!devices.readBack(unwanted).isEmpty() || devices.readBack(wanted).size() != wanted.size()) {
                LOG.error("Service {}: its update could not be undone on every device; retried", record.uuid());
                return false;
            }
            store.saveService(record.holding(prior).updated());
            LOG.warn("Service {}: its unfinished update was undone, the service is back as it was: {} changes "
                    + "removed, {} installed again", record.uuid(), extra.size(), missing.size());
            return true;
        } catch (DeviceActivation.Failure | DeviceActivation.ReadBackFailure | StoreException e) {
            LOG.error("Service {}: undoing its update failed, it is retried: {}", record.uuid(), e.getMessage());
            return false;
        }
    }

    /** Records exactly what is left, unless the record says so already (no new revision, no event). */
    private void keepLeft(ServiceRecord record, List<DeviceChange> left) {
        ServiceRecord removing = record.with(record.service().withStates(record.service().operationalState(),
                LifecycleState.PENDING_REMOVAL), record.connections(), left);
        if (!removing.equals(record)) {
            store.saveService(removing);
        }
    }
}
