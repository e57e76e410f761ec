package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The resource_claim table: resources one service at a time holds, the key unique. */
final class ResourceClaimDao {
    /** SQLSTATE of a duplicate key, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    Set<String> ofService(Connection db, String serviceUuid) throws SQLException {
        Set<String> held = new TreeSet<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT resource FROM resource_claim WHERE service_uuid = ?")) {
            select.setString(1, serviceUuid);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getString(1));
                }
            }
        }
        return held;
    }

    /**
     * Claims a resource for a service; false when another holds it. A claim made by a transaction not yet committed
     * is waited for (the unique index's lock), then seen.
     */
    boolean insert(Connection db, String resource, String serviceUuid) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO resource_claim (resource, service_uuid) VALUES (?, ?)")) {
            insert.setString(1, resource);
            insert.setString(2, serviceUuid);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    void delete(Connection db, String resource, String serviceUuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM resource_claim WHERE resource = ? AND service_uuid = ?")) {
            delete.setString(1, resource);
            delete.setString(2, serviceUuid);
            delete.executeUpdate();
        }
    }

    Optional<String> holder(Connection db, String resource) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT service_uuid FROM resource_claim WHERE resource = ?")) {
            select.setString(1, resource);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
