package org.presto.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.AdministrativeState;
import org.presto.spi.UndoRecord;

/**
 * Durable storage of what Presto must not forget: connectivity services with their connections and the device
 * configuration made for them, and the last network each driver reported. Every method is one transaction: when it
 * returns, the change is committed to the database (written to its files, so a killed process keeps it); when it
 * throws, nothing changed.
 */
@ProviderType
public interface PrestoStore {

    /**
     * Stores a service together with its connections and forwarding entries: inserts it when its revision is 0,
     * else replaces the stored one if that is still at the record's revision.
     *
     * @return the record as stored, with its new revision
     * @throws StaleRevisionException if the service exists (revision 0) or was changed since it was read
     */
    ServiceRecord saveService(ServiceRecord record);

    Optional<ServiceRecord> service(String uuid);

    List<ServiceRecord> services();

    /**
     * The service of this uuid, else the first (by uuid) one of whose name values is this: how clients name a
     * service ({@link org.presto.model.IdOrName}). A store that keeps services in memory answers from an index.
     *
     * @since 0.7
     */
    default Optional<ServiceRecord> serviceByIdOrName(String idOrName) {
        Optional<ServiceRecord> byUuid = service(idOrName);
        return byUuid.isPresent() ? byUuid
                : services().stream().filter(r -> r.service().isIdentifiedBy(idOrName)).findFirst();
    }

    /**
     * Removes a service and everything stored with it, if it is still at the record's revision.
     *
     * @return false when there is no such service (any more)
     * @throws StaleRevisionException if the service was changed since the record was read
     */
    boolean deleteService(ServiceRecord record);

    /**
     * Journals the undo records drivers returned for changes just made for a stored service, after those journaled
     * before, in one transaction. They are kept until the service is saved INSTALLED with no update under way, or
     * deleted.
     */
    void journalUndo(String serviceUuid, List<UndoRecord> undo);

    /** The undo records journaled for a service, oldest first; none if it has none or does not exist. */
    List<UndoRecord> undoRecords(String serviceUuid);

    /** Inserts or replaces a path computation service with its paths. */
    void savePathComputation(PathComputationRecord record);

    List<PathComputationRecord> pathComputations();

    /** Removes a path computation service with its paths; false when there was none. */
    boolean deletePathComputation(String uuid);

    /** Records the administrative state set on a service interface point, replacing the one set before. */
    void saveSipAdministrativeState(String sipUuid, AdministrativeState state);

    /** The administrative states set on service interface points, by SIP uuid. */
    Map<String, AdministrativeState> sipAdministrativeStates();

    /** Inserts or replaces the network last reported by a driver. */
    void saveNetwork(NetworkRecord record);

    List<NetworkRecord> networks();

    /** Appends a record to the audit trail; returns it with the sequence number it was given. */
    AuditRecord appendAudit(AuditRecord record);

    /** The audit records a query selects, newest first. */
    List<AuditRecord> auditRecords(AuditQuery query);
}
