package org.presto.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.presto.model.AdministrativeState;
import org.presto.spi.UndoRecord;

/**
 * A store that hands every call to another: extend it to change what some calls do (keep services in memory, publish
 * events, hold a store a component opened) and override only those, as the SPI's {@code ForwardingNetworkDriver}
 * does for drivers.
 */
@ConsumerType
public abstract class ForwardingPrestoStore implements PrestoStore {
    private final PrestoStore store;

    protected ForwardingPrestoStore(PrestoStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The store calls are handed to. */
    protected PrestoStore delegate() {
        return store;
    }

    /** Every save comes here ({@link PrestoStore#saveService(ServiceRecord)} too), so override this one. */
    @Override
    public ServiceRecord saveService(ServiceRecord record, ResourceClaims claims) {
        return store.saveService(record, claims);
    }

    @Override
    public boolean claim(ServiceRecord record, ResourceClaims claims) {
        return store.claim(record, claims);
    }

    @Override
    public AutoCloseable watchServices(java.util.function.Consumer<String> changed) {
        return store.watchServices(changed);
    }

    @Override
    public List<String> servicesWithoutClaims() {
        return store.servicesWithoutClaims();
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
    public Optional<ServiceRecord> serviceByIdOrName(String idOrName) {
        return store.serviceByIdOrName(idOrName);
    }

    @Override
    public boolean deleteService(ServiceRecord record) {
        return store.deleteService(record);
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

    @Override
    public AuditRecord appendAudit(AuditRecord record) {
        return store.appendAudit(record);
    }

    @Override
    public List<AuditRecord> auditRecords(AuditQuery query) {
        return store.auditRecords(query);
    }
}
