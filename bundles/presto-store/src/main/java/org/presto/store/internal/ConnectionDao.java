package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.presto.model.Connection;

/** The connection table: a service's connections, each a JSON document. */
final class ConnectionDao extends ServiceRowsDao<Connection> {
    private final JsonBodies json;

    ConnectionDao(JsonBodies json) {
        super("connection", "uuid", "body");
        this.json = json;
    }

    @Override
    void bind(PreparedStatement statement, int first, Connection connection) throws SQLException {
        statement.setString(first, connection.uuid());
        statement.setString(first + 1, json.write(connection));
    }

    @Override
    Connection row(String serviceUuid, ResultSet rs, int first) throws SQLException {
        return json.read(rs.getString(first + 1), Connection.class);
    }
}
