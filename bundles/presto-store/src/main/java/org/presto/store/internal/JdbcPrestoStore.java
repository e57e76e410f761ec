package org.presto.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.model.json.TapiJson;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UniPolicy;
import org.presto.spi.UndoRecord;
import org.presto.store.NetworkRecord;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StaleRevisionException;
import org.presto.store.StoreException;

/**
 * The store on any JDBC database. Objects are kept as their TAPI JSON so the stored form is the API's form; the
 * forwarding entries are rows because they are what reservations and reconciliation query.
 */
public class JdbcPrestoStore implements PrestoStore {
    /** SQLSTATE of a duplicate key, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int H2_SNAPSHOT = 6;

    private final DataSource dataSource;
    private final int consistentRead;
    private final ObjectMapper json = TapiJson.newMapper();

    /** Opens the store on a database, first bringing its schema up to date. */
    public static JdbcPrestoStore open(DataSource dataSource) {
        return new JdbcPrestoStore(migrated(dataSource));
    }

    /** The store on a database whose schema {@link #migrated} has brought up to date. */
    protected JdbcPrestoStore(DataSource migratedDatabase) {
        this.dataSource = migratedDatabase;
        this.consistentRead = consistentReadIsolation(migratedDatabase);
    }

    /** Brings the schema of a database to the version of this bundle; returns the database. */
    static DataSource migrated(DataSource dataSource) {
        transaction(dataSource, -1, SchemaMigrations::apply);
        return dataSource;
    }

    /**
     * The isolation at which a read of several tables sees one moment: REPEATABLE READ on PostgreSQL; on H2, whose
     * repeatable read lets rows inserted meanwhile appear, its SNAPSHOT level (6, an H2 extension of JDBC's levels).
     */
    private static int consistentReadIsolation(DataSource dataSource) {
        String product = transaction(dataSource, -1, db -> db.getMetaData().getDatabaseProductName());
        return product.toLowerCase(java.util.Locale.ROOT).contains("h2") ? H2_SNAPSHOT
                : Connection.TRANSACTION_REPEATABLE_READ;
    }

    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    public ServiceRecord saveService(ServiceRecord record) {
        return inTransaction(db -> {
            long revision = record.revision() + 1;
            if (record.revision() == 0) {
                insertService(db, record);
            } else {
                updateService(db, record);
                deleteChildRows(db, record.uuid());
            }
            insertChildRows(db, record);
            if (record.service().lifecycleState() == org.presto.model.LifecycleState.INSTALLED
                    && !record.updating()) {
                deleteUndoRecords(db, record.uuid());
            }
            return new ServiceRecord(record.service(), record.connections(), record.forwardingEntries(),
                    record.mediaChannels(), record.bridges(), record.prior(), revision);
        });
    }

    private void insertService(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO connectivity_service (uuid, revision, body, prior_entries, prior_bridges, prior_channels) "
                        + "VALUES (?, 1, ?, ?, ?, ?)")) {
            insert.setString(1, record.uuid());
            insert.setString(2, write(record.service()));
            setPrior(insert, 3, record.prior());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StaleRevisionException("service " + record.uuid() + " already exists");
            }
            throw e;
        }
    }

    private void updateService(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE connectivity_service SET body = ?, "
                + "prior_entries = ?, prior_bridges = ?, prior_channels = ?, revision = revision + 1 "
                + "WHERE uuid = ? AND revision = ?")) {
            update.setString(1, write(record.service()));
            setPrior(update, 2, record.prior());
            update.setString(5, record.uuid());
            update.setLong(6, record.revision());
            if (update.executeUpdate() == 0) {
                throw new StaleRevisionException("service " + record.uuid() + " is no longer at revision "
                        + record.revision() + " (changed or deleted meanwhile)");
            }
        }
    }

    private void insertChildRows(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO connection (uuid, service_uuid, seq, body) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (org.presto.model.Connection connection : record.connections()) {
                insert.setString(1, connection.uuid());
                insert.setString(2, record.uuid());
                insert.setInt(3, seq++);
                insert.setString(4, write(connection));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO forwarding_entry "
                + "(service_uuid, seq, node_id, port_a, vlan_a, port_b, vlan_b, policies) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (ForwardingEntry entry : record.forwardingEntries()) {
                insert.setString(1, record.uuid());
                insert.setInt(2, seq++);
                insert.setString(3, entry.nodeId());
                insert.setString(4, entry.portA());
                insert.setInt(5, entry.vlanA());
                insert.setString(6, entry.portB());
                insert.setInt(7, entry.vlanB());
                insert.setString(8, PolicyColumn.write(entry.policies()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO media_channel (service_uuid, seq, node_id, "
                + "port_a, port_b, lower_frequency_mhz, upper_frequency_mhz) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (MediaChannelEntry channel : record.mediaChannels()) {
                insert.setString(1, record.uuid());
                insert.setInt(2, seq++);
                insert.setString(3, channel.nodeId());
                insert.setString(4, channel.portA());
                insert.setString(5, channel.portB());
                insert.setLong(6, channel.lowerFrequencyMhz());
                insert.setLong(7, channel.upperFrequencyMhz());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO bridge_entry (service_uuid, seq, node_id, members, policies) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (BridgeEntry bridge : record.bridges()) {
                insert.setString(1, record.uuid());
                insert.setInt(2, seq++);
                insert.setString(3, bridge.nodeId());
                insert.setString(4, members(bridge));
                insert.setString(5, PolicyColumn.write(bridge.policies()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The prior configuration into three columns from the given one on: entries, bridges, channels. */
    private static void setPrior(PreparedStatement statement, int first, ServiceRecord.Prior prior)
            throws SQLException {
        statement.setString(first, entries(prior.forwardingEntries()));
        statement.setString(first + 1, prior.bridges().isEmpty() ? null : prior.bridges().stream()
                .map(b -> b.nodeId() + "|" + members(b) + "|" + Objects.toString(PolicyColumn.write(b.policies()),
                        "")).collect(Collectors.joining(";")));
        statement.setString(first + 2, prior.mediaChannels().isEmpty() ? null : prior.mediaChannels().stream()
                .map(c -> String.join("|", c.nodeId(), c.portA(), c.portB(), Long.toString(c.lowerFrequencyMhz()),
                        Long.toString(c.upperFrequencyMhz()))).collect(Collectors.joining(";")));
    }

    /** The prior configuration from its three columns. */
    private static ServiceRecord.Prior prior(String serviceUuid, String entries, String bridges, String channels) {
        List<BridgeEntry> priorBridges = new ArrayList<>();
        if (bridges != null && !bridges.isEmpty()) {
            for (String bridge : bridges.split(";")) {
                // node|members, from V0010 to V0011 |cir-kbps (no longer read), since V0011 |policies (JSON)
                String[] f = bridge.split("\\|");
                priorBridges.add(bridge(serviceUuid, f[0], f[1], f.length > 2 ? policies(f[2]) : null));
            }
        }
        List<MediaChannelEntry> priorChannels = new ArrayList<>();
        if (channels != null && !channels.isEmpty()) {
            for (String channel : channels.split(";")) {
                String[] f = channel.split("\\|");
                priorChannels.add(new MediaChannelEntry(serviceUuid, f[0], f[1], f[2], Long.parseLong(f[3]),
                        Long.parseLong(f[4])));
            }
        }
        return new ServiceRecord.Prior(entries(serviceUuid, entries), priorChannels, priorBridges);
    }

    /** Entries as text for the prior_entries column; null for none. */
    private static String entries(List<ForwardingEntry> entries) {
        return entries.isEmpty() ? null : entries.stream().map(e -> String.join("|", e.nodeId(), e.portA(),
                Integer.toString(e.vlanA()), e.portB(), Integer.toString(e.vlanB()),
                Objects.toString(PolicyColumn.write(e.policies()), "")))
                .collect(Collectors.joining(";"));
    }

    private static List<ForwardingEntry> entries(String serviceUuid, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ForwardingEntry> entries = new ArrayList<>();
        for (String entry : text.split(";")) {
            // node|port-a|vlan-a|port-b|vlan-b, from V0010 to V0011 |cir-kbps (no longer read), since V0011
            // |policies (JSON)
            String[] f = entry.split("\\|");
            entries.add(new ForwardingEntry(serviceUuid, f[0], f[1], Integer.parseInt(f[2]), f[3],
                    Integer.parseInt(f[4]), f.length > 5 ? policies(f[5]) : Map.of()));
        }
        return entries;
    }

    private static String members(BridgeEntry bridge) {
        return bridge.members().stream().map(JdbcPrestoStore::member).collect(Collectors.joining(","));
    }

    /** "port=vlan" for a root, "port=vlan:LEAF" for a leaf, "port=vlan:TRUNK:leafVlan" for an E-Tree trunk. */
    private static String member(BridgeEntry.Member m) {
        return m.port() + "=" + m.vlan() + switch (m.role()) {
            case ROOT -> "";
            case LEAF -> ":LEAF";
            case TRUNK -> ":TRUNK:" + m.leafVlan();
        };
    }

    /** Policies of a prior entry: JSON since V0011, a bare rate before, which is not read. */
    private static Map<String, UniPolicy> policies(String field) {
        return field.startsWith("{") ? PolicyColumn.read(field) : Map.of();
    }

    private static BridgeEntry bridge(String serviceUuid, String nodeId, String members,
                                      Map<String, UniPolicy> policies) {
        List<BridgeEntry.Member> parsed = new ArrayList<>();
        for (String member : members.split(",")) {
            int equals = member.lastIndexOf('=');
            String[] fields = member.substring(equals + 1).split(":");
            BridgeEntry.Role role = fields.length > 1 ? BridgeEntry.Role.valueOf(fields[1]) : BridgeEntry.Role.ROOT;
            parsed.add(new BridgeEntry.Member(member.substring(0, equals), Integer.parseInt(fields[0]), role,
                    fields.length > 2 ? Integer.parseInt(fields[2]) : 0));
        }
        return new BridgeEntry(serviceUuid, nodeId, parsed, policies);
    }

    @Override
    public Optional<ServiceRecord> service(String uuid) {
        return inTransaction(consistentRead, db -> {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT body, revision, prior_entries, prior_bridges, prior_channels FROM connectivity_service "
                            + "WHERE uuid = ?")) {
                select.setString(1, uuid);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(load(db, rs.getString(1), rs.getLong(2)).updatingFrom(
                            prior(uuid, rs.getString(3), rs.getString(4), rs.getString(5))))
                            : Optional.<ServiceRecord>empty();
                }
            }
        });
    }

    /**
     * Five queries for all services however many there are, in one transaction isolated so that services,
     * connections and entries come from the same moment.
     */
    @Override
    public List<ServiceRecord> services() {
        return inTransaction(consistentRead, db -> {
            Map<String, List<org.presto.model.Connection>> connections = new HashMap<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT service_uuid, body FROM connection ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    connections.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(read(rs.getString(2), org.presto.model.Connection.class));
                }
            }
            Map<String, List<ForwardingEntry>> entries = new HashMap<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT service_uuid, node_id, port_a, vlan_a, port_b, vlan_b, policies FROM forwarding_entry "
                            + "ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ForwardingEntry(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getInt(6), PolicyColumn.read(rs.getString(7))));
                }
            }
            Map<String, List<MediaChannelEntry>> channels = new HashMap<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT service_uuid, node_id, port_a, port_b, lower_frequency_mhz, upper_frequency_mhz "
                            + "FROM media_channel ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    channels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new MediaChannelEntry(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getLong(6)));
                }
            }
            Map<String, List<BridgeEntry>> bridges = new HashMap<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT service_uuid, node_id, members, policies FROM bridge_entry ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    bridges.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(bridge(rs.getString(1), rs.getString(2), rs.getString(3),
                                    PolicyColumn.read(rs.getString(4))));
                }
            }
            List<ServiceRecord> records = new ArrayList<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT uuid, body, revision, prior_entries, prior_bridges, prior_channels "
                            + "FROM connectivity_service ORDER BY uuid")) {
                while (rs.next()) {
                    String uuid = rs.getString(1);
                    records.add(new ServiceRecord(read(rs.getString(2), ConnectivityService.class),
                            connections.getOrDefault(uuid, List.of()), entries.getOrDefault(uuid, List.of()),
                            channels.getOrDefault(uuid, List.of()), bridges.getOrDefault(uuid, List.of()),
                            prior(uuid, rs.getString(4), rs.getString(5), rs.getString(6)), rs.getLong(3)));
                }
            }
            return records;
        });
    }

    @Override
    public boolean deleteService(ServiceRecord record) {
        return inTransaction(db -> deleteRows(db, record) > 0);
    }

    @Override
    public void savePathComputation(PathComputationRecord record) {
        inTransaction(db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM path_computation WHERE uuid = ?")) {
                delete.setString(1, record.uuid());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO path_computation (uuid, body) VALUES (?, ?)")) {
                insert.setString(1, record.uuid());
                insert.setString(2, write(record));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<PathComputationRecord> pathComputations() {
        return inTransaction(db -> {
            List<PathComputationRecord> records = new ArrayList<>();
            try (Statement select = db.createStatement();
                 ResultSet rs = select.executeQuery("SELECT body FROM path_computation ORDER BY uuid")) {
                while (rs.next()) {
                    records.add(read(rs.getString(1), PathComputationRecord.class));
                }
            }
            return records;
        });
    }

    @Override
    public boolean deletePathComputation(String uuid) {
        return inTransaction(db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM path_computation WHERE uuid = ?")) {
                delete.setString(1, uuid);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void saveSipAdministrativeState(String sipUuid, AdministrativeState state) {
        inTransaction(db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM sip_setting WHERE sip_uuid = ?")) {
                delete.setString(1, sipUuid);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO sip_setting (sip_uuid, administrative_state) VALUES (?, ?)")) {
                insert.setString(1, sipUuid);
                insert.setString(2, state.name());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, AdministrativeState> sipAdministrativeStates() {
        return inTransaction(db -> {
            Map<String, AdministrativeState> states = new HashMap<>();
            try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT sip_uuid, administrative_state FROM sip_setting")) {
                while (rs.next()) {
                    states.put(rs.getString(1), AdministrativeState.valueOf(rs.getString(2)));
                }
            }
            return Map.copyOf(states);
        });
    }

    @Override
    public void saveNetwork(NetworkRecord record) {
        inTransaction(db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM driver_network WHERE driver_id = ?")) {
                delete.setString(1, record.driver().id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO driver_network (driver_id, body) VALUES (?, ?)")) {
                insert.setString(1, record.driver().id());
                insert.setString(2, write(record));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<NetworkRecord> networks() {
        return inTransaction(db -> {
            List<NetworkRecord> records = new ArrayList<>();
            try (Statement select = db.createStatement();
                 ResultSet rs = select.executeQuery("SELECT body FROM driver_network ORDER BY driver_id")) {
                while (rs.next()) {
                    records.add(read(rs.getString(1), NetworkRecord.class));
                }
            }
            return records;
        });
    }

    private ServiceRecord load(Connection db, String serviceBody, long revision) throws SQLException {
        ConnectivityService service = read(serviceBody, ConnectivityService.class);
        List<org.presto.model.Connection> connections = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT body FROM connection WHERE service_uuid = ? ORDER BY seq")) {
            select.setString(1, service.uuid());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    connections.add(read(rs.getString(1), org.presto.model.Connection.class));
                }
            }
        }
        List<ForwardingEntry> entries = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT node_id, port_a, vlan_a, port_b, vlan_b, "
                + "policies FROM forwarding_entry WHERE service_uuid = ? ORDER BY seq")) {
            select.setString(1, service.uuid());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ForwardingEntry(service.uuid(), rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4), rs.getInt(5), PolicyColumn.read(rs.getString(6))));
                }
            }
        }
        List<MediaChannelEntry> channels = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT node_id, port_a, port_b, lower_frequency_mhz, "
                + "upper_frequency_mhz FROM media_channel WHERE service_uuid = ? ORDER BY seq")) {
            select.setString(1, service.uuid());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    channels.add(new MediaChannelEntry(service.uuid(), rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        List<BridgeEntry> bridges = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT node_id, members, policies FROM bridge_entry WHERE service_uuid = ? ORDER BY seq")) {
            select.setString(1, service.uuid());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    bridges.add(bridge(service.uuid(), rs.getString(1), rs.getString(2),
                            PolicyColumn.read(rs.getString(3))));
                }
            }
        }
        return new ServiceRecord(service, connections, entries, channels, bridges, revision);
    }

    private static void deleteUndoRecords(Connection db, String serviceUuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM undo_record WHERE service_uuid = ?")) {
            delete.setString(1, serviceUuid);
            delete.executeUpdate();
        }
    }

    @Override
    public void journalUndo(String serviceUuid, List<UndoRecord> undo) {
        if (undo.isEmpty()) {
            return;
        }
        inTransaction(db -> {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO undo_record (service_uuid, node_id, driver_id, data) VALUES (?, ?, ?, ?)")) {
                for (UndoRecord record : undo) {
                    insert.setString(1, serviceUuid);
                    insert.setString(2, record.nodeId());
                    insert.setString(3, record.driverId());
                    insert.setString(4, record.data());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<UndoRecord> undoRecords(String serviceUuid) {
        return inTransaction(db -> {
            List<UndoRecord> records = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT node_id, driver_id, data FROM undo_record WHERE service_uuid = ? ORDER BY id")) {
                select.setString(1, serviceUuid);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        records.add(new UndoRecord(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return records;
        });
    }

    private static void deleteChildRows(Connection db, String serviceUuid) throws SQLException {
        for (String table : List.of("bridge_entry", "media_channel", "forwarding_entry", "connection")) {
            try (PreparedStatement delete = db.prepareStatement(
                    "DELETE FROM " + table + " WHERE service_uuid = ?")) {
                delete.setString(1, serviceUuid);
                delete.executeUpdate();
            }
        }
    }

    /** Locks the service row first, as saves do, so that a delete and a save never wait for each other crosswise. */
    private static int deleteRows(Connection db, ServiceRecord record) throws SQLException {
        String serviceUuid = record.uuid();
        try (PreparedStatement lock = db.prepareStatement(
                "SELECT revision FROM connectivity_service WHERE uuid = ? FOR UPDATE")) {
            lock.setString(1, serviceUuid);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                if (rs.getLong(1) != record.revision()) {
                    throw new StaleRevisionException("service " + serviceUuid + " was changed since it was read "
                            + "(revision " + record.revision() + ", now " + rs.getLong(1) + "); not deleted");
                }
            }
        }
        deleteChildRows(db, serviceUuid);
        deleteUndoRecords(db, serviceUuid);
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM connectivity_service WHERE uuid = ?")) {
            delete.setString(1, serviceUuid);
            return delete.executeUpdate();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return transaction(dataSource, -1, work);
    }

    private <T> T inTransaction(int isolation, Work<T> work) {
        return transaction(dataSource, isolation, work);
    }

    /**
     * Runs the work in one transaction, at the given isolation level (-1: the connection's default). Whatever goes
     * wrong, even an Error, the transaction is rolled back before the connection goes back to the pool, so a
     * half-done write is never committed on the way.
     */
    private static <T> T transaction(DataSource dataSource, int isolation, Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            int previous = db.getTransactionIsolation();
            if (isolation >= 0) {
                db.setTransactionIsolation(isolation);
            }
            db.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(db);
                db.commit();
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    db.rollback();
                }
                db.setAutoCommit(true);
                if (isolation >= 0) {
                    db.setTransactionIsolation(previous);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store operation failed: " + e.getMessage(), e);
        }
    }
}
