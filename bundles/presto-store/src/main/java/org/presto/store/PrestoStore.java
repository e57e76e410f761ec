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
     * Stores a service with no resources claimed: {@link #saveService(ServiceRecord, ResourceClaims)} with
     * {@link ResourceClaims#NONE}.
     */
    default ServiceRecord saveService(ServiceRecord record) {
        return saveService(record, ResourceClaims.NONE);
    }

    /**
     * Stores a service together with its connections and forwarding entries, and what it holds of the network's
     * resources instead of what it held: inserts it when its revision is 0, else replaces the stored one if that is
     * still at the record's revision. Claims are taken in their sorted order, so that concurrent saves (from this
     * process or another on the same database) wait for each other on a resource they both claim, never crosswise.
     *
     * @return the record as stored, with its new revision
     * @throws StaleRevisionException if the service exists (revision 0) or was changed since it was read
     * @throws ResourceTakenException if another service holds a resource claimed exclusively, or a share would take
     *                                a resource over its limit
     * @since 0.8
     */
    ServiceRecord saveService(ServiceRecord record, ResourceClaims claims);

    /**
     * Replaces what a stored service holds, its record unchanged, if it is still at the record's revision: for
     * services stored before claims were kept, and for claims whose limits or names changed.
     *
     * @return false when there is no such service (any more)
     * @throws StaleRevisionException if the service was changed since the record was read
     * @throws ResourceTakenException as {@link #saveService(ServiceRecord, ResourceClaims)}
     * @since 0.8
     */
    boolean claim(ServiceRecord record, ResourceClaims claims);

    /**
     * The uuids of stored services that hold no claim at all: those stored before claims were kept (and those that
     * claim nothing).
     *
     * @since 0.8
     */
    List<String> servicesWithoutClaims();

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

    /** What {@link #watchServices} reports when any service may have changed (its watch was interrupted). */
    String EVERY_SERVICE = "*";

    /**
     * Reports each service that another Presto node sharing this database saves or deletes, by uuid, so that what it
     * keeps in memory follows; {@link #EVERY_SERVICE} when reports may have been missed (the database was out of
     * reach), after which every service is to be read again. Called on a thread of the store's, never for this
     * store's own writes; a database no other node can share (an embedded one) reports nothing. A PostgreSQL store
     * uses {@code LISTEN}/{@code NOTIFY}: a notification is sent in the transaction of each write, on commit.
     *
     * @return closes the watch
     * @since 0.8
     */
    default AutoCloseable watchServices(java.util.function.Consumer<String> changed) {
        return () -> { };
    }

    /**
     * Removes a service and everything stored with it, its claims too, if it is still at the record's revision.
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
