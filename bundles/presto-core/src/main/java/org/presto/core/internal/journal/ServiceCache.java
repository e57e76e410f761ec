package org.presto.core.internal.journal;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.presto.store.ForwardingPrestoStore;
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
public final class ServiceCache extends ForwardingPrestoStore {
    private volatile NavigableMap<String, ServiceRecord> services;

    public ServiceCache(PrestoStore store) {
        super(store);
    }

    private NavigableMap<String, ServiceRecord> loaded() {
        NavigableMap<String, ServiceRecord> current = services;
        if (current == null) {
            synchronized (this) {
                current = services;
                if (current == null) {
                    current = new ConcurrentSkipListMap<>();
                    for (ServiceRecord record : delegate().services()) {
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
        ServiceRecord saved = written(record.uuid(), () -> delegate().saveService(record));
        loaded().put(saved.uuid(), saved);
        return saved;
    }

    /** A write to the store, after which memory may follow: a stale one reloads the service,
            an unknown end drops all. */
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
            Optional<ServiceRecord> stored = delegate().service(uuid);
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
        boolean deleted = written(record.uuid(), () -> delegate().deleteService(record));
        loaded().remove(record.uuid());
        return deleted;
    }
}
