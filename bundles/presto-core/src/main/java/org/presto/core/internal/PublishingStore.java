package org.presto.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.spi.UndoRecord;
import org.presto.store.NetworkRecord;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;

/**
 * The store as the core uses it, publishing an event for every state it stores: every change of a service's
 * lifecycle (journaled, installed, being removed, gone), of a path computation service, and of a SIP's
 * administrative state goes through here once it is durable.
 */
final class PublishingStore implements PrestoStore {
    private final PrestoStore store;
    private final EventJournal events;

    PublishingStore(PrestoStore store, EventJournal events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record) {
        ServiceRecord saved = store.saveService(record);
        ConnectivityService service = saved.service();
        events.publish("connectivity-service", record.revision() == 0 ? "CREATED" : "UPDATED", "uuid",
                service.uuid(), "lifecycle-state", name(service.lifecycleState()), "operational-state",
                name(service.operationalState()), "layer-protocol-name", name(service.layerProtocolName()));
        return saved;
    }

    @Override
    public Optional<ServiceRecord> service(String uuid) {
        return store.service(uuid);
    }

    @Override
    public List<ServiceRecord> services() {
        return store.services();
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
    public boolean deleteService(ServiceRecord record) {
        boolean deleted = store.deleteService(record);
        if (deleted) {
            events.publish("connectivity-service", "DELETED", "uuid", record.uuid());
        }
        return deleted;
    }

    @Override
    public void savePathComputation(PathComputationRecord record) {
        boolean known = store.pathComputations().stream().anyMatch(r -> r.uuid().equals(record.uuid()));
        store.savePathComputation(record);
        events.publish("path-computation-service", known ? "UPDATED" : "CREATED", "uuid", record.uuid());
    }

    @Override
    public List<PathComputationRecord> pathComputations() {
        return store.pathComputations();
    }

    @Override
    public boolean deletePathComputation(String uuid) {
        boolean deleted = store.deletePathComputation(uuid);
        if (deleted) {
            events.publish("path-computation-service", "DELETED", "uuid", uuid);
        }
        return deleted;
    }

    @Override
    public void saveSipAdministrativeState(String sipUuid, AdministrativeState state) {
        store.saveSipAdministrativeState(sipUuid, state);
        events.publish("service-interface-point", "UPDATED", "uuid", sipUuid, "administrative-state", name(state));
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

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
