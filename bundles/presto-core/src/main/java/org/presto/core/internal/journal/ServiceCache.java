package org.presto.core.internal.journal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.ServiceClaims;
import org.presto.model.Name;
import org.presto.store.ForwardingPrestoStore;
import org.presto.store.PrestoStore;
import org.presto.store.ResourceClaims;
import org.presto.store.ResourceTakenException;
import org.presto.store.ServiceRecord;
import org.presto.store.StaleRevisionException;

/**
 * The store with its service records kept in memory, written through: every save and delete goes to the database first
 * and, once committed, to memory; reads of services are served from memory, loaded once. What other Presto nodes on
 * the same database write is reported by the store ({@link #watch}) and read again, so memory follows the database
 * on every node. Every save claims what the record holds ({@link ServiceClaims}) with it, and the ledger of what all
 * services hold follows each write. A write refused as stale reloads that service; one refused for a resource taken
 * changed nothing; a write that fails in an unknown state drops the memory, which is loaded again on the next read.
 * Names are indexed too, so that a service named by a client is found without a scan of every service.
 */
public final class ServiceCache extends ForwardingPrestoStore {
    private volatile NavigableMap<String, ServiceRecord> services;
    /** The uuids of the services that carry each name value, in uuid order: names resolve without a scan. */
    private final Map<String, NavigableSet<String>> named = new ConcurrentHashMap<>();
    private final Function<ServiceRecord, ResourceClaims> claims;
    private final ResourceLedger ledger;
    private volatile AutoCloseable watch = () -> { };
    /** Services other nodes wrote, reported while memory was not loaded: read again once it is. */
    private final java.util.Queue<String> reportedWhileLoading = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Whether every service was reported changed since the last load began. */
    private volatile boolean everyReported;

    /**
     * @param claims what a record claims when saved
     * @param ledger the ledger this cache keeps up to date
     */
    public ServiceCache(PrestoStore store, Function<ServiceRecord, ResourceClaims> claims, ResourceLedger ledger) {
        super(store);
        this.claims = claims;
        this.ledger = ledger;
    }

    /**
     * Follows what other Presto nodes on the same database write (PostgreSQL): each service they change is read
     * again, and every one when reports may have been missed. Until {@link #stopWatching()}.
     */
    public void watch() {
        watch = delegate().watchServices(uuid -> {
            if (PrestoStore.EVERY_SERVICE.equals(uuid)) {
                everyReported = true;
                services = null;
            } else {
                // a load under way may have read the service before the other node's write: read it after the load
                reportedWhileLoading.add(uuid);
                if (services != null) {
                    refreshReported();
                }
            }
        });
    }

    /** Reads again the services reported while memory was loading (or just now), once memory is loaded. */
    private void refreshReported() {
        for (String uuid = reportedWhileLoading.poll(); uuid != null; uuid = reportedWhileLoading.poll()) {
            refresh(uuid);
        }
    }

    public void stopWatching() {
        try {
            watch.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(ServiceCache.class).warn("Stopping the watch of other nodes' "
                    + "service changes failed: {}", e.toString());
        }
    }

    /** The services' resources as memory holds them, loaded with the services if they are not yet. */
    public ResourceLedger ledger() {
        loaded();
        return ledger;
    }

    private NavigableMap<String, ServiceRecord> loaded() {
        NavigableMap<String, ServiceRecord> current = services;
        if (current == null) {
            synchronized (this) {
                current = services;
                if (current == null) {
                    current = new ConcurrentSkipListMap<>();
                    named.clear();
                    everyReported = false;
                    List<ServiceRecord> all = delegate().services();
                    for (ServiceRecord record : all) {
                        current.put(record.uuid(), record);
                        indexNames(null, record);
                    }
                    ledger.reset(all);
                    services = current;
                    if (everyReported) {
                        // reports were lost while this loaded: the next read loads again
                        services = null;
                    }
                }
            }
            refreshReported();
        }
        return current;
    }

    /** Saves a service with what it holds claimed. */
    @Override
    public ServiceRecord saveService(ServiceRecord record) {
        return saveService(record, claims.apply(record));
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record, ResourceClaims claimed) {
        ServiceRecord saved = written(record.uuid(), () -> delegate().saveService(record, claimed));
        index(loaded().put(saved.uuid(), saved), saved);
        return saved;
    }

    /**
     * A write to the store, after which memory may follow: a stale one reloads the service, one refused for a
     * resource taken changed nothing, an unknown end drops all.
     */
    private <T> T written(String uuid, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ResourceTakenException e) {
            throw e;
        } catch (StaleRevisionException e) {
            refresh(uuid);
            throw e;
        } catch (RuntimeException e) {
            services = null;
            throw e;
        }
    }

    /**
     * Reads a service again from the database, where another writer (a Presto node on the same database) changed it:
     * memory takes it unless it already has that revision or a newer one.
     */
    public void reload(String uuid) {
        refresh(uuid);
    }

    /** Another writer got there first (a core instance still finishing its request): memory takes the store's. */
    private void refresh(String uuid) {
        try {
            Optional<ServiceRecord> stored = delegate().service(uuid);
            if (stored.isPresent()) {
                ServiceRecord fresh = stored.get();
                ServiceRecord[] before = new ServiceRecord[1];
                ServiceRecord now = loaded().compute(uuid, (key, cached) -> {
                    before[0] = cached;
                    return cached != null && cached.revision() >= fresh.revision() ? cached : fresh;
                });
                if (now == fresh) {
                    index(before[0], fresh);
                }
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

    /** Moves a service in the ledger and the name index from what it was (null: new) to what it is (null: gone). */
    private void index(ServiceRecord before, ServiceRecord after) {
        if (after != null) {
            ledger.put(after);
        } else if (before != null) {
            ledger.remove(before.uuid());
        }
        indexNames(before, after);
    }

    /**
     * Names it keeps are not touched, new ones are added before old ones go, and each change of a name's set is one
     * atomic step, so that writes of different services side by side never lose each other's names.
     */
    private void indexNames(ServiceRecord before, ServiceRecord after) {
        Set<String> old = namesOf(before);
        Set<String> now = namesOf(after);
        for (String name : now) {
            if (!old.contains(name)) {
                named.compute(name, (value, uuids) -> {
                    NavigableSet<String> set = uuids == null ? new ConcurrentSkipListSet<>() : uuids;
                    set.add(after.uuid());
                    return set;
                });
            }
        }
        for (String name : old) {
            if (!now.contains(name)) {
                named.computeIfPresent(name, (value, uuids) -> {
                    uuids.remove(before.uuid());
                    return uuids.isEmpty() ? null : uuids;
                });
            }
        }
    }

    private static Set<String> namesOf(ServiceRecord record) {
        Set<String> names = new HashSet<>();
        if (record != null) {
            for (Name name : record.service().name()) {
                if (name.value() != null) {
                    names.add(name.value());
                }
            }
        }
        return names;
    }
}
