package org.presto.core.internal.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.journal.JournalRecovery;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.DeviceChange;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an installed service's devices from the configuration it has to another, journaled: the record first
 * lists both configurations, with the service as it was and its old configuration as prior, so that a failure here
 * or a crash is undone by {@link JournalRecovery#rollBackUpdate}. New changes are installed before old ones are
 * removed, so a switch whose bridge changes bridges the union of old and new members meanwhile, and traffic that
 * both carry is not interrupted. Locking a service removes its configuration from the devices but keeps it
 * recorded and reserved; unlocking installs it again.
 */
public final class Reconfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(Reconfiguration.class);

    private final PrestoStore store;
    private final DeviceActivation devices;
    private final JournalRecovery recovery;

    Reconfiguration(PrestoStore store, DeviceActivation devices, JournalRecovery recovery) {
        this.store = store;
        this.devices = devices;
        this.recovery = recovery;
    }

    /** Gives the service its new form, connections and device configuration; all or nothing. */
    ServiceRecord apply(ServiceRecord record, ConnectivityService service, List<Connection> connections,
                        List<? extends DeviceChange> target, String path) {
        return move(record, service, connections, target, Set.of(), path);
    }

    /**
     * Like {@link #apply}, for a configuration that must not meet the old one on some nodes (a tree on other trunk
     * VLANs): the new changes on other nodes are installed first, then each of those nodes is switched, its old
     * changes removed before its new ones are installed, so no node ever holds both; what is left of the old goes
     * last.
     */
    ServiceRecord move(ServiceRecord record, ConnectivityService service, List<Connection> connections,
                       List<? extends DeviceChange> targetChanges, Set<String> switchedNodes, String path) {
        List<DeviceChange> target = List.copyOf(targetChanges);
        List<DeviceChange> current = record.changes();
        List<DeviceChange> added = target.stream().filter(change -> !current.contains(change)).toList();
        List<DeviceChange> dropped = current.stream().filter(change -> !target.contains(change)).toList();
        devices.requireDrivers(current);
        devices.requireDrivers(added);
        devices.requireCapable(added, Map.of(), path);
        List<DeviceChange> both = new ArrayList<>(current);
        both.addAll(added);
        ServiceRecord journaled = store.saveService(record.holding(both)
                .updatingFrom(record.changes()));
        try {
            devices.installAll(on(added, switchedNodes, false));
            for (String node : switchedNodes) {
                devices.removeAllNewestFirst(on(dropped, Set.of(node), true));
                devices.installAll(on(added, Set.of(node), true));
            }
        } catch (PrestoException failure) {
            throw undone(journaled, failure, path);
        }
        List<DeviceChange> kept = new ArrayList<>(target);
        try {
            devices.removeAllNewestFirst(on(dropped, switchedNodes, false));
        } catch (PrestoException failure) {
            // the service works on its new configuration; what of the old could not be cleared stays recorded
            List<DeviceChange> left = failure instanceof DeviceActivation.Failure f ? f.leftOnDevices()
                    : on(dropped, switchedNodes, false);
            kept.addAll(left);
            LOG.warn("Service {} changed, but clearing its old configuration from nodes {} failed: {}; it stays "
                    + "recorded with the service until a delete clears it", record.uuid(),
                    left.stream().map(DeviceChange::nodeId).distinct().toList(), failure.getMessage());
        }
        return store.saveService(journaled.with(service, connections, kept).updated());
    }

    /** The changes on (or, with inside false, off) the given nodes. */
    private static List<DeviceChange> on(List<DeviceChange> changes, Set<String> nodes, boolean inside) {
        return changes.stream().filter(change -> nodes.contains(change.nodeId()) == inside).toList();
    }

    /** Removes the service's configuration from the devices and records it LOCKED, still holding its resources. */
    ServiceRecord lock(ServiceRecord record, String path) {
        return administered(record, path, AdministrativeState.LOCKED,
                () -> devices.removeAllNewestFirst(record.changes()));
    }

    /** Installs a LOCKED service's configuration again and records it UNLOCKED. */
    ServiceRecord unlock(ServiceRecord record, String path) {
        // journaled LOCKED: undoing means nothing of it on the devices
        return administered(record, path, AdministrativeState.UNLOCKED, () -> devices.installAll(record.changes()));
    }

    /** Journals the record, changes the devices, and records the service in its new administrative state. */
    private ServiceRecord administered(ServiceRecord record, String path, AdministrativeState state,
                                       Runnable onDevices) {
        devices.requireDrivers(record.changes());
        ServiceRecord journaled = store.saveService(record.updatingFrom(record.changes()));
        try {
            onDevices.run();
        } catch (PrestoException failure) {
            throw undone(journaled, failure, path);
        }
        return store.saveService(journaled.withService(journaled.service().withAdministrativeState(state))
                .updated());
    }

    private PrestoException undone(ServiceRecord journaled, PrestoException failure, String path) {
        if (recovery.rollBackUpdate(journaled)) {
            return new PrestoException(failure.reason(), path, failure.getMessage() + "; the service was put back "
                    + "as it was", failure);
        }
        LOG.error("Service {}: a failed change could not be undone yet; journal recovery retries it",
                journaled.uuid());
        return new PrestoException(failure.reason(), path, failure.getMessage() + "; putting the service back as "
                + "it was failed too and is retried in the background", failure);
    }
}
