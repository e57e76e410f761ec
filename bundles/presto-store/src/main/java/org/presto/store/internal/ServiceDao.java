package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.presto.model.ConnectivityService;
import org.presto.store.ServiceRecord;
import org.presto.store.StaleRevisionException;

/**
 * The connectivity_service table: each service as a JSON document with its revision (optimistic locking: a write
 * names the revision it read).
 */
final class ServiceDao {
    /** SQLSTATE of a duplicate key, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "uuid, body, revision";

    /** One row: the service and its revision; the rows of other tables come apart. */
    record Row(ConnectivityService service, long revision) {
    }

    private final JsonBodies json;

    ServiceDao(JsonBodies json) {
        this.json = json;
    }

    void insert(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO connectivity_service (uuid, revision, body) VALUES (?, 1, ?)")) {
            insert.setString(1, record.uuid());
            insert.setString(2, json.write(record.service()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StaleRevisionException("service " + record.uuid() + " already exists");
            }
            throw e;
        }
    }

    /** Writes the record over the revision it was read at; a service changed or deleted since is stale. */
    void update(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE connectivity_service SET body = ?, "
                + "revision = revision + 1 WHERE uuid = ? AND revision = ?")) {
            update.setString(1, json.write(record.service()));
            update.setString(2, record.uuid());
            update.setLong(3, record.revision());
            if (update.executeUpdate() == 0) {
                throw new StaleRevisionException("service " + record.uuid() + " is no longer at revision "
                        + record.revision() + " (changed or deleted meanwhile)");
            }
        }
    }

    Optional<Row> find(Connection db, String uuid) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS
                + " FROM connectivity_service WHERE uuid = ?")) {
            select.setString(1, uuid);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    List<Row> all(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery("SELECT " + COLUMNS
                + " FROM connectivity_service ORDER BY uuid")) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /** The uuids of services holding no claim in resource_claim or capacity_claim. */
    List<String> withoutClaims(Connection db) throws SQLException {
        List<String> uuids = new ArrayList<>();
        try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery("SELECT uuid FROM "
                + "connectivity_service s WHERE NOT EXISTS (SELECT 1 FROM resource_claim r WHERE r.service_uuid = "
                + "s.uuid) AND NOT EXISTS (SELECT 1 FROM capacity_claim c WHERE c.service_uuid = s.uuid) "
                + "ORDER BY uuid")) {
            while (rs.next()) {
                uuids.add(rs.getString(1));
            }
        }
        return uuids;
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(json.read(rs.getString(2), ConnectivityService.class), rs.getLong(3));
    }

    /**
     * Locks the service's row, as saves do, and checks it is still at the revision read, so that a delete and a
     * save never wait for each other crosswise; false when there is no such service.
     */
    boolean lockAt(Connection db, ServiceRecord record) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement(
                "SELECT revision FROM connectivity_service WHERE uuid = ? FOR UPDATE")) {
            lock.setString(1, record.uuid());
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                if (rs.getLong(1) != record.revision()) {
                    throw new StaleRevisionException("service " + record.uuid() + " was changed since it was read "
                            + "(revision " + record.revision() + ", now " + rs.getLong(1) + "); not deleted");
                }
                return true;
            }
        }
    }

    int delete(Connection db, String uuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM connectivity_service WHERE uuid = ?")) {
            delete.setString(1, uuid);
            return delete.executeUpdate();
        }
    }
}
