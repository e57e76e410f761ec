package org.presto.core.internal.journal;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.presto.model.Name;
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
 * memory, which is loaded again on the next read. Names are indexed too, so that a service named by a client is found
 * without a scan of every service.
 */
public final class ServiceCache extends ForwardingPrestoStore {
    private volatile NavigableMap<String, ServiceRecord> services;
    /** The uuids of the services that carry each name value, in uuid order: names resolve without a scan. */
    private final Map<String, NavigableSet<String>> named = new ConcurrentHashMap<>();

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
                    named.clear();
                    for (ServiceRecord record : delegate().services()) {
                        current.put(record.uuid(), record);
                        index(null, record);
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
        index(loaded().put(saved.uuid(), saved), saved);
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
                index(loaded().put(uuid, stored.get()), stored.get());
            } else {
                index(loaded().remove(uuid), null);
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
        index(loaded().remove(record.uuid()), null);
        return deleted;
    }

    @Override
    public Optional<ServiceRecord> serviceByIdOrName(String idOrName) {
        NavigableMap<String, ServiceRecord> current = loaded();
        ServiceRecord byUuid = idOrName == null ? null : current.get(idOrName);
        if (byUuid != null || idOrName == null) {
            return Optional.ofNullable(byUuid);
        }
        NavigableSet<String> uuids = named.get(idOrName);
        return uuids == null ? Optional.empty() : uuids.stream().map(current::get).filter(Objects::nonNull)
                .filter(r -> r.service().isIdentifiedBy(idOrName)).findFirst();
    }

    /** Moves a service's names in the index from what it was (null: new) to what it is (null: gone). */
    private void index(ServiceRecord before, ServiceRecord after) {
        if (before != null) {
            for (Name name : before.service().name()) {
                if (name.value() != null) {
                    named.computeIfPresent(name.value(), (value, uuids) -> {
                        uuids.remove(before.uuid());
                        return uuids.isEmpty() ? null : uuids;
                    });
                }
            }
        }
        if (after != null) {
            for (Name name : after.service().name()) {
                if (name.value() != null) {
                    named.computeIfAbsent(name.value(), value -> new ConcurrentSkipListSet<>()).add(after.uuid());
                }
            }
        }
    }
}
