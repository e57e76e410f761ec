package org.presto.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.presto.store.StoreException;

/**
 * Brings the schema to the version this bundle needs. Each version is a SQL file of this bundle (or, where data must
 * be converted in ways SQL cannot portably, a Java step such as {@link OldLayoutMigration}), applied once and
 * recorded with its checksum in {@code presto_schema_history}; a recorded version whose file has changed since is
 * refused, because the database no longer matches what the code expects. Versions are only ever appended.
 * The list is in code rather than found by scanning, which class loaders of OSGi bundles do not support reliably.
 */
final class SchemaMigrations {
    /** Key of the PostgreSQL advisory lock held while migrating: "presto" in ASCII. */
    private static final long MIGRATION_LOCK = 0x70726573746fL;

    static final List<String> VERSIONS = List.of("V0001__services_and_networks", "V0002__connection_by_service",
            "V0003__sip_administrative_state", "V0004__path_computation",
            "V0005__media_channel", "V0006__bridge_entry",
            "V0007__prior_entries", "V0008__prior_bridges_and_channels",
            "V0009__undo_record",
            "V0010__committed_information_rate", "V0011__uni_policies",
            "V0012__device_change", OldLayoutMigration.NAME, "V0014__drop_tables_per_change_kind",
            "V0015__audit_record", "V0016__resource_claim");

    /** Versions that are Java code rather than SQL files, because they convert data SQL cannot portably. */
    private interface JavaStep {
        void apply(Connection db) throws SQLException;
    }

    private static final Map<String, JavaStep> JAVA_STEPS = Map.of(OldLayoutMigration.NAME, OldLayoutMigration::apply);

    private SchemaMigrations() {
    }

    static Void apply(Connection db) throws SQLException {
        return apply(db, VERSIONS.size());
    }

    /** Brings the schema up to the given version (for tests of a migration: the layout before it). */
    static Void apply(Connection db, int upTo) throws SQLException {
        if (db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
            // two Presto instances starting together on one server migrate one after the other
            try (Statement statement = db.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS presto_schema_history (version INT PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "installed_on TIMESTAMP NOT NULL)");
        }
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version, checksum FROM presto_schema_history")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > VERSIONS.size()) {
            throw new StoreException("the database schema is at version " + newest + ", newer than the "
                    + VERSIONS.size() + " this Presto knows: it was used by a newer Presto", null);
        }
        for (int i = 0; i < upTo; i++) {
            int version = i + 1;
            String name = VERSIONS.get(i);
            JavaStep step = JAVA_STEPS.get(name);
            // a Java step's checksum is of its name: its code may be tidied, what it does to data may not change
            String sql = step == null ? read(name) : "java " + name;
            String checksum = sha256(sql.replace("\r\n", "\n"));
            if (applied.containsKey(version)) {
                if (!applied.get(version).equals(checksum)) {
                    throw new StoreException("schema version " + name + " was changed after it was applied to this "
                            + "database (checksum " + applied.get(version) + ", now " + checksum + ")", null);
                }
                continue;
            }
            if (step != null) {
                step.apply(db);
            } else {
                try (Statement statement = db.createStatement()) {
                    for (String command : statements(sql)) {
                        statement.execute(command);
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO presto_schema_history "
                    + "(version, description, checksum, installed_on) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, name);
                insert.setString(3, checksum);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        return null;
    }

    /** The statements of a migration file: separated by semicolons at line ends, comments dropped. */
    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return List.of(withoutComments.toString().split(";\\s*\n")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).toList();
    }

    private static String read(String name) {
        String resource = "migration/" + name + ".sql";
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("schema migration " + resource + " is missing from the bundle", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read schema migration " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
