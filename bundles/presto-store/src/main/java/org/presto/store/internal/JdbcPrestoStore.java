package org.presto.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.presto.model.AdministrativeState;
import org.presto.model.LifecycleState;
import org.presto.spi.UndoRecord;
import org.presto.store.AuditQuery;
import org.presto.store.AuditRecord;
import org.presto.store.NetworkRecord;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;
import org.presto.store.ResourceClaims;
import org.presto.store.ResourceTakenException;
import org.presto.store.ServiceRecord;

/**
 * The store on a JDBC database (H2 or PostgreSQL): one DAO per table, each operation one transaction. A service is
 * its row in connectivity_service and its rows in the tables of connections and device changes, written and read
 * together.
 */
public final class JdbcPrestoStore implements PrestoStore {
    private final Transactions transactions;
    private final JsonBodies json = new JsonBodies();
    private final ServiceDao services = new ServiceDao(json);
    private final ConnectionDao connections = new ConnectionDao(json);
    private final DeviceChangeDao changes = new DeviceChangeDao();
    private final UndoRecordDao undo = new UndoRecordDao();
    private final SipSettingDao sipSettings = new SipSettingDao();
    private final AuditDao audit = new AuditDao();
    private final ClaimWriter claims = new ClaimWriter();
    /** Service changes between nodes on one PostgreSQL database; null on H2, which one process alone opens. */
    private final ServiceNotifications notifications;
    private final KeyedDocumentDao<PathComputationRecord> pathComputations = new KeyedDocumentDao<>(
            "path_computation", "uuid", PathComputationRecord.class, json);
    private final KeyedDocumentDao<NetworkRecord> networks = new KeyedDocumentDao<>("driver_network", "driver_id",
            NetworkRecord.class, json);

    /** Opens the store on a database, first bringing its schema up to date. */
    public static JdbcPrestoStore open(DataSource dataSource) {
        return new JdbcPrestoStore(migrated(dataSource));
    }

    /** The store on a database whose schema {@link #migrated} has brought up to date. */
    JdbcPrestoStore(DataSource migratedDatabase) {
        this.transactions = new Transactions(migratedDatabase);
        this.notifications = transactions.postgres()
                ? new ServiceNotifications(migratedDatabase, java.util.UUID.randomUUID().toString()) : null;
    }

    /** Brings the schema of a database to the version of this bundle; returns the database. */
    static DataSource migrated(DataSource dataSource) {
        Transactions.run(dataSource, -1, SchemaMigrations::apply);
        return dataSource;
    }

    DataSource dataSource() {
        return transactions.dataSource();
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record, ResourceClaims claimed) {
        return withHolder(() -> transactions.run(db -> {
            if (record.revision() == 0) {
                services.insert(db, record);
            } else {
                services.update(db, record);
                deleteRows(db, record.uuid());
            }
            // after the service's own row, whose lock keeps two saves of one service from claiming side by side
            claims.replace(db, record.uuid(), claimed);
            connections.insert(db, record.uuid(), record.connections());
            changes.insert(db, record.uuid(), DeviceChangeDao.rows(record));
            if (record.service().lifecycleState() == LifecycleState.INSTALLED && !record.updating()) {
                undo.delete(db, record.uuid());
            }
            notify(db, record.uuid());
            return record.atRevision(record.revision() + 1);
        }));
    }

    @Override
    public boolean claim(ServiceRecord record, ResourceClaims claimed) {
        return withHolder(() -> transactions.run(db -> {
            if (!services.lockAt(db, record)) {
                return false;
            }
            claims.replace(db, record.uuid(), claimed);
            return true;
        }));
    }

    /** A refused claim, with the service that holds the resource read once the claim's transaction is over. */
    private <T> T withHolder(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ResourceTakenException e) {
            if (e.holder() != null) {
                throw e;
            }
            String holder = transactions.run(db -> claims.holder(db, e.resource()));
            if (holder == null) {
                throw e;
            }
            throw new ResourceTakenException(e.resource(), holder, e.resource() + " is held by service " + holder);
        }
    }

    private void notify(Connection db, String serviceUuid) throws SQLException {
        if (notifications != null) {
            notifications.send(db, serviceUuid);
        }
    }

    @Override
    public AutoCloseable watchServices(java.util.function.Consumer<String> changed) {
        return notifications == null ? () -> { } : notifications.watch(changed);
    }

    @Override
    public List<String> servicesWithoutClaims() {
        return transactions.run(services::withoutClaims);
    }

    @Override
    public Optional<ServiceRecord> service(String uuid) {
        return transactions.consistentRead(db -> {
            Optional<ServiceDao.Row> row = services.find(db, uuid);
            if (row.isEmpty()) {
                return Optional.<ServiceRecord>empty();
            }
            return Optional.of(record(row.get(), connections.ofService(db, uuid), changes.ofService(db, uuid)));
        });
    }

    /**
     * Three queries for all services however many there are, in one transaction isolated so that services,
     * connections and entries come from the same moment.
     */
    @Override
    public List<ServiceRecord> services() {
        return transactions.consistentRead(db -> {
            Map<String, List<org.presto.model.Connection>> allConnections = connections.all(db);
            Map<String, List<DeviceChangeDao.Row>> allChanges = changes.all(db);
            List<ServiceRecord> records = new ArrayList<>();
            for (ServiceDao.Row row : services.all(db)) {
                String uuid = row.service().uuid();
                records.add(record(row, allConnections.getOrDefault(uuid, List.of()),
                        allChanges.getOrDefault(uuid, List.of())));
            }
            return records;
        });
    }

    private static ServiceRecord record(ServiceDao.Row row, List<org.presto.model.Connection> connections,
                                        List<DeviceChangeDao.Row> changes) {
        return new ServiceRecord(row.service(), connections, DeviceChangeDao.changes(changes, false),
                DeviceChangeDao.changes(changes, true), row.revision());
    }

    @Override
    public boolean deleteService(ServiceRecord record) {
        return transactions.run(db -> {
            if (!services.lockAt(db, record)) {
                return false;
            }
            deleteRows(db, record.uuid());
            undo.delete(db, record.uuid());
            claims.release(db, record.uuid());
            notify(db, record.uuid());
            return services.delete(db, record.uuid()) > 0;
        });
    }

    /** The rows of a service in the other tables, which a save writes anew. */
    private void deleteRows(Connection db, String serviceUuid) throws SQLException {
        changes.delete(db, serviceUuid);
        connections.delete(db, serviceUuid);
    }

    @Override
    public void journalUndo(String serviceUuid, List<UndoRecord> records) {
        if (!records.isEmpty()) {
            transactions.run(db -> {
                undo.insert(db, serviceUuid, records);
                return null;
            });
        }
    }

    @Override
    public List<UndoRecord> undoRecords(String serviceUuid) {
        return transactions.run(db -> undo.ofService(db, serviceUuid));
    }

    @Override
    public void savePathComputation(PathComputationRecord record) {
        transactions.run(db -> {
            pathComputations.put(db, record.uuid(), record);
            return null;
        });
    }

    @Override
    public List<PathComputationRecord> pathComputations() {
        return transactions.run(pathComputations::all);
    }

    @Override
    public boolean deletePathComputation(String uuid) {
        return transactions.run(db -> pathComputations.delete(db, uuid));
    }

    @Override
    public void saveSipAdministrativeState(String sipUuid, AdministrativeState state) {
        transactions.run(db -> {
            sipSettings.put(db, sipUuid, state);
            return null;
        });
    }

    @Override
    public Map<String, AdministrativeState> sipAdministrativeStates() {
        return transactions.run(sipSettings::all);
    }

    @Override
    public void saveNetwork(NetworkRecord record) {
        transactions.run(db -> {
            networks.put(db, record.driver().id(), record);
            return null;
        });
    }

    @Override
    public List<NetworkRecord> networks() {
        return transactions.run(networks::all);
    }

    @Override
    public AuditRecord appendAudit(AuditRecord record) {
        return transactions.run(db -> audit.append(db, record));
    }

    @Override
    public List<AuditRecord> auditRecords(AuditQuery query) {
        return transactions.run(db -> audit.find(db, query));
    }
}
