package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of JSON documents under a key, written whole and replaced whole: the path_computation table (path
 * computation services by uuid) and the driver_network table (each driver's last reported network by driver id).
 *
 * @param <T> the document's type
 */
final class KeyedDocumentDao<T> {
    private final String table;
    private final String key;
    private final Class<T> type;
    private final JsonBodies json;

    KeyedDocumentDao(String table, String key, Class<T> type, JsonBodies json) {
        this.table = table;
        this.key = key;
        this.type = type;
        this.json = json;
    }

    void put(Connection db, String id, T document) throws SQLException {
        delete(db, id);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + key + ", body) "
                + "VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, json.write(document));
            insert.executeUpdate();
        }
    }

    List<T> all(Connection db) throws SQLException {
        List<T> documents = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet rs = select.executeQuery("SELECT body FROM " + table + " ORDER BY " + key)) {
            while (rs.next()) {
                documents.add(json.read(rs.getString(1), type));
            }
        }
        return documents;
    }

    boolean delete(Connection db, String id) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        }
    }
}
