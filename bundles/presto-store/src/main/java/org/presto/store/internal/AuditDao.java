package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.presto.store.AuditQuery;
import org.presto.store.AuditRecord;

/** The audit_record table: appended to, read newest first through an {@link AuditQuery}. */
final class AuditDao {
    /** Longest texts the columns take; longer ones are cut with an ellipsis rather than refused. */
    private static final int PRINCIPAL = 256;
    private static final int ADDRESS = 64;
    private static final int OPERATION = 256;
    private static final int TARGET = 1024;
    private static final int REASON = 4096;

    AuditRecord append(Connection db, AuditRecord record) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_record (at_millis, principal, "
                + "channel, address, operation, target, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, record.time().toEpochMilli());
            insert.setString(2, cut(record.principal(), PRINCIPAL));
            insert.setString(3, record.channel());
            setNullable(insert, 4, cut(record.address(), ADDRESS));
            insert.setString(5, cut(record.operation(), OPERATION));
            setNullable(insert, 6, cut(record.target(), TARGET));
            insert.setString(7, record.outcome().name());
            setNullable(insert, 8, cut(record.reason(), REASON));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return record.withSeq(keys.getLong(1));
            }
        }
    }

    List<AuditRecord> find(Connection db, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, at_millis, principal, channel, address, operation, "
                + "target, outcome, reason FROM audit_record WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.principal() != null) {
            sql.append(" AND principal = ?");
            arguments.add(query.principal());
        }
        if (query.operation() != null) {
            sql.append(" AND LOWER(operation) LIKE ? ESCAPE '!'");
            arguments.add("%" + query.operation().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = ?");
            arguments.add(query.outcome().name());
        }
        if (query.since() != null) {
            sql.append(" AND at_millis >= ?");
            arguments.add(query.since().toEpochMilli());
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.limit());
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                select.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            AuditRecord.Outcome.valueOf(rs.getString(8)), rs.getString(9)));
                }
            }
        }
        return records;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
