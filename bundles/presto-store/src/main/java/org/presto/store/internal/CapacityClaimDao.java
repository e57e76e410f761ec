package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The capacity_claim table: each service's share of each divisible resource it uses. */
final class CapacityClaimDao {
    Map<String, Long> ofService(Connection db, String serviceUuid) throws SQLException {
        Map<String, Long> shares = new TreeMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT resource, amount FROM capacity_claim WHERE service_uuid = ?")) {
            select.setString(1, serviceUuid);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    shares.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return shares;
    }

    /** Replaces a service's shares with these. */
    void replace(Connection db, String serviceUuid, Map<String, Long> shares) throws SQLException {
        delete(db, serviceUuid);
        if (shares.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO capacity_claim (service_uuid, resource, amount) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Long> share : shares.entrySet()) {
                insert.setString(1, serviceUuid);
                insert.setString(2, share.getKey());
                insert.setLong(3, share.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    void delete(Connection db, String serviceUuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM capacity_claim WHERE service_uuid = ?")) {
            delete.setString(1, serviceUuid);
            delete.executeUpdate();
        }
    }
}
