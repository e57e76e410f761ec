package org.presto.core.internal;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.presto.model.AdministrativeState;
import org.presto.spi.UndoRecord;
import org.presto.store.NetworkRecord;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StaleRevisionException;

/**
 * The store with its service records kept in memory, written through: every save and delete goes to the database
 * first and, once committed, to memory; reads of services are served from memory, loaded once. Presto's core is the
 * only writer of its services (one active instance per database, every write under its provisioning lock), so
 * memory stays what the database holds, and a create no longer reads every service from the database to know what
 * is reserved. A write refused as stale reloads that service; a write that fails in an unknown state drops the
 * memory, which is loaded again on the next read.
 */
final class ServiceCache implements PrestoStore {
    private final PrestoStore store;
    private volatile NavigableMap<String, ServiceRecord> services;

    ServiceCache(PrestoStore store) {
        this.store = store;
    }

    private NavigableMap<String, ServiceRecord> loaded() {
        NavigableMap<String, ServiceRecord> current = services;
        if (current == null) {
            synchronized (this) {
                current = services;
                if (current == null) {
                    current = new ConcurrentSkipListMap<>();
                    for (ServiceRecord record : store.services()) {
                        current.put(record.uuid(), record);
                    }
                    services = current;
                }
            }
        }
        return current;
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record) {
        ServiceRecord saved = written(record.uuid(), () -> store.saveService(record));
        loaded().put(saved.uuid(), saved);
        return saved;
    }

    /** A write to the store, after which memory may follow: a stale one reloads the service, an unknown end drops all. */
    private <T> T written(String uuid, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StaleRevisionException e) {
            refresh(uuid);
            throw e;
        } catch (RuntimeException e) {
            services = null;
            throw e;
        }
    }

    /** Another writer got there first (a core instance still finishing its request): memory takes the store's. */
    private void refresh(String uuid) {
        try {
            Optional<ServiceRecord> stored = store.service(uuid);
            if (stored.isPresent()) {
                loaded().put(uuid, stored.get());
            } else {
                loaded().remove(uuid);
            }
        } catch (RuntimeException e) {
            services = null;
        }
    }

    @Override
    public Optional<ServiceRecord> service(String uuid) {
        return Optional.ofNullable(loaded().get(uuid));
    }

    /** Every service, ordered by uuid as the store orders them. */
    @Override
    public List<ServiceRecord> services() {
        return List.copyOf(loaded().values());
    }

    @Override
    public boolean deleteService(ServiceRecord record) {
        boolean deleted = written(record.uuid(), () -> store.deleteService(record));
        loaded().remove(record.uuid());
        return deleted;
    }

    @Override
    public void journalUndo(String serviceUuid, List<UndoRecord> undo) {
        store.journalUndo(serviceUuid, undo);
    }

    @Override
    public List<UndoRecord> undoRecords(String serviceUuid) {
        return store.undoRecords(serviceUuid);
    }

    @Override
    public void savePathComputation(PathComputationRecord record) {
        store.savePathComputation(record);
    }

    @Override
    public List<PathComputationRecord> pathComputations() {
        return store.pathComputations();
    }

    @Override
    public boolean deletePathComputation(String uuid) {
        return store.deletePathComputation(uuid);
    }

    @Override
    public void saveSipAdministrativeState(String sipUuid, AdministrativeState state) {
        store.saveSipAdministrativeState(sipUuid, state);
    }

    @Override
    public Map<String, AdministrativeState> sipAdministrativeStates() {
        return store.sipAdministrativeStates();
    }

    @Override
    public void saveNetwork(NetworkRecord record) {
        store.saveNetwork(record);
    }

    @Override
    public List<NetworkRecord> networks() {
        return store.networks();
    }
}
