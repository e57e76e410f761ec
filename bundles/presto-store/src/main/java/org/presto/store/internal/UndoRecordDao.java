package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.presto.spi.UndoRecord;

/** The undo_record table: what drivers returned to undo the changes of an operation under way, in journal order. */
final class UndoRecordDao {
    void insert(Connection db, String serviceUuid, List<UndoRecord> undo) throws SQLException {
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
    }

    List<UndoRecord> ofService(Connection db, String serviceUuid) throws SQLException {
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
    }

    void delete(Connection db, String serviceUuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM undo_record WHERE service_uuid = ?")) {
            delete.setString(1, serviceUuid);
            delete.executeUpdate();
        }
    }
}
