package org.presto.core.internal.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.ServiceCache;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.model.OperationalState;
import org.presto.spi.DeviceChange;
import org.presto.store.ServiceRecord;

/**
 * The services as they read now: from the store, with the operational state the network gives them at this moment.
 * Reads take no lock: each is one read of the store.
 */
public final class ServiceReads {
    private final Inventory network;
    private final ServiceCache store;

    ServiceReads(Inventory network, ServiceCache store) {
        this.network = network;
        this.store = store;
    }

    /**
     * States as of now: a service is ENABLED only when it is INSTALLED, not LOCKED, and every node it is
     * configured on is available.
     */
    ServiceRecord stated(ServiceRecord record) {
        boolean up = record.service().lifecycleState() == LifecycleState.INSTALLED
                && record.service().administrativeState() != AdministrativeState.LOCKED
                && record.changes().stream().map(DeviceChange::nodeId).distinct()
                .allMatch(node -> network.driverOf(node).isPresent());
        OperationalState state = up ? OperationalState.ENABLED : OperationalState.DISABLED;
        return record.with(record.service().withStates(state, record.service().lifecycleState()),
                record.connections().stream().map(c -> c.withStates(state, c.lifecycleState())).toList(),
                record.changes());
    }

    /** The service of this uuid or name (a uuid before a name), if any; a blank one is a request's mistake. */
    Optional<ServiceRecord> find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new PrestoException(Reason.INVALID_INPUT, "service-id-or-name",
                    "service-id-or-name is required");
        }
        return RouteRequests.find(store, idOrName);
    }

    /** The service of this uuid or name, or 404 at the request's service-id-or-name. */
    ServiceRecord require(String idOrName) {
        return find(idOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, "service-id-or-name",
                "no connectivity service with uuid or name '" + idOrName + "'"));
    }

    /**
     * Every service, each stated as it is read from the list: a page of a long list costs the page (the records are
     * taken from the store at once, so the list does not change while it is read).
     */
    List<ConnectivityService> services() {
        List<ServiceRecord> records = store.services();
        return new java.util.AbstractList<>() {
            @Override
            public ConnectivityService get(int index) {
                return stated(records.get(index)).service();
            }

            @Override
            public int size() {
                return records.size();
            }
        };
    }

    Optional<ConnectivityService> service(String serviceIdOrName) {
        return find(serviceIdOrName).map(this::stated).map(ServiceRecord::service);
    }

    /** Bandwidth in kbit/s the services reserve per link uuid. */
    public Map<String, Long> linkKbpsInUse() {
        return store.ledger().linkKbpsInUse();
    }

    /** Every service with its connections, read from the store at one moment and stated as the network is now. */
    public List<ServiceRecord> records() {
        return store.services().stream().map(this::stated).toList();
    }

    List<Connection> connections() {
        return store.services().stream().map(this::stated).flatMap(r -> r.connections().stream()).toList();
    }

    List<Connection> connections(String serviceUuid) {
        return store.service(serviceUuid).map(this::stated).stream().flatMap(r -> r.connections().stream())
                .toList();
    }
}
