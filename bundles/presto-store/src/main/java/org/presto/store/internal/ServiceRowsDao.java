package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of rows that belong to one service each, kept in the service's order ({@code service_uuid}, {@code seq}):
 * its connections or device changes. A subclass says how one row's own columns are
 * written and read; inserting, reading (one service's or every service's at once) and deleting are the same for all.
 *
 * @param <T> what a row holds
 */
abstract class ServiceRowsDao<T> {
    private final String table;
    private final List<String> columns;

    /** The table and its columns besides {@code service_uuid} and {@code seq}, in the order bind and row use. */
    ServiceRowsDao(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** Sets the row's columns on the statement, the first at the given index. */
    abstract void bind(PreparedStatement statement, int first, T row) throws SQLException;

    /** Reads a row of a service from the result set, its first column at the given index. */
    abstract T row(String serviceUuid, ResultSet rs, int first) throws SQLException;

    void insert(Connection db, String serviceUuid, List<T> rows) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (service_uuid, seq, "
                + String.join(", ", columns) + ") VALUES (?, ?, " + placeholders + ")")) {
            int seq = 0;
            for (T row : rows) {
                insert.setString(1, serviceUuid);
                insert.setInt(2, seq++);
                bind(insert, 3, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<T> ofService(Connection db, String serviceUuid) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE service_uuid = ? ORDER BY seq")) {
            select.setString(1, serviceUuid);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(serviceUuid, rs, 1));
                }
            }
        }
        return rows;
    }

    /** Every service's rows in one query, by service uuid. */
    Map<String, List<T>> all(Connection db) throws SQLException {
        Map<String, List<T>> rows = new HashMap<>();
        try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery("SELECT service_uuid, "
                + String.join(", ", columns) + " FROM " + table + " ORDER BY service_uuid, seq")) {
            while (rs.next()) {
                String serviceUuid = rs.getString(1);
                rows.computeIfAbsent(serviceUuid, k -> new ArrayList<>()).add(row(serviceUuid, rs, 2));
            }
        }
        return rows;
    }

    void delete(Connection db, String serviceUuid) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE service_uuid = ?")) {
            delete.setString(1, serviceUuid);
            delete.executeUpdate();
        }
    }
}
