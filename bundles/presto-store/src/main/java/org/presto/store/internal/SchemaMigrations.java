package org.presto.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the schema to the version this bundle needs, one numbered step at a time, recorded in
 * {@code presto_schema}. Steps are only ever appended.
 */
final class SchemaMigrations {
    private static final List<List<String>> STEPS = List.of(
            List.of("CREATE TABLE connectivity_service (uuid VARCHAR(64) PRIMARY KEY, revision BIGINT NOT NULL, "
                            + "body CLOB NOT NULL)",
                    "CREATE TABLE connection (uuid VARCHAR(64) PRIMARY KEY, service_uuid VARCHAR(64) NOT NULL "
                            + "REFERENCES connectivity_service (uuid), seq INT NOT NULL, body CLOB NOT NULL)",
                    "CREATE TABLE forwarding_entry (service_uuid VARCHAR(64) NOT NULL REFERENCES "
                            + "connectivity_service (uuid), seq INT NOT NULL, node_id VARCHAR(64) NOT NULL, "
                            + "port_a VARCHAR(64) NOT NULL, vlan_a INT NOT NULL, port_b VARCHAR(64) NOT NULL, "
                            + "vlan_b INT NOT NULL, PRIMARY KEY (service_uuid, seq))",
                    "CREATE TABLE driver_network (driver_id VARCHAR(256) PRIMARY KEY, body CLOB NOT NULL)"));

    private SchemaMigrations() {
    }

    static Void apply(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS presto_schema (version INT NOT NULL)");
            int current = 0;
            try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM presto_schema")) {
                if (rs.next()) {
                    current = rs.getInt(1);
                }
            }
            for (int version = current + 1; version <= STEPS.size(); version++) {
                for (String sql : STEPS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO presto_schema (version) VALUES (" + version + ")");
            }
        }
        return null;
    }
}
