package org.presto.core.internal.journal;

import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.store.ForwardingPrestoStore;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;
import org.presto.store.ResourceClaims;
import org.presto.store.ServiceRecord;

/**
 * The store as the core uses it, publishing an event for every state it stores: every change of a service's
 * lifecycle (journaled, installed, being removed, gone), of a path computation service, and of a SIP's
 * administrative state goes through here once it is durable.
 */
public final class PublishingStore extends ForwardingPrestoStore {
    private final EventJournal events;

    public PublishingStore(PrestoStore store, EventJournal events) {
        super(store);
        this.events = events;
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record, ResourceClaims claims) {
        ServiceRecord saved = super.saveService(record, claims);
        ConnectivityService service = saved.service();
        events.publish("connectivity-service", record.revision() == 0 ? "CREATED" : "UPDATED", "uuid",
                service.uuid(), "lifecycle-state", name(service.lifecycleState()), "operational-state",
                name(service.operationalState()), "layer-protocol-name", name(service.layerProtocolName()));
        return saved;
    }

    @Override
    public boolean deleteService(ServiceRecord record) {
        boolean deleted = super.deleteService(record);
        if (deleted) {
            events.publish("connectivity-service", "DELETED", "uuid", record.uuid());
        }
        return deleted;
    }

    @Override
    public void savePathComputation(PathComputationRecord record) {
        boolean known = delegate().pathComputations().stream().anyMatch(r -> r.uuid().equals(record.uuid()));
        super.savePathComputation(record);
        events.publish("path-computation-service", known ? "UPDATED" : "CREATED", "uuid", record.uuid());
    }

    @Override
    public boolean deletePathComputation(String uuid) {
        boolean deleted = super.deletePathComputation(uuid);
        if (deleted) {
            events.publish("path-computation-service", "DELETED", "uuid", uuid);
        }
        return deleted;
    }

    @Override
    public void saveSipAdministrativeState(String sipUuid, AdministrativeState state) {
        super.saveSipAdministrativeState(sipUuid, state);
        events.publish("service-interface-point", "UPDATED", "uuid", sipUuid, "administrative-state", name(state));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
