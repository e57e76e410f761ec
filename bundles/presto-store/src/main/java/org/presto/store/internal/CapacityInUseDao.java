package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.OptionalLong;

/**
 * The capacity_in_use table: per divisible resource, what all services' shares add up to. It is raised only by an
 * UPDATE that checks the limit in its WHERE clause, so that the check and the raise are one step under the row's
 * lock: two transactions raising one resource wait for each other and the second sees the first's amount.
 */
final class CapacityInUseDao {
    /**
     * Adds to a resource's amount in use (a negative change releases), if the sum stays within the limit.
     *
     * @return the amount in use that refused a raise, or empty when it was made
     */
    OptionalLong add(Connection db, String resource, long change, long limit) throws SQLException {
        if (raise(db, resource, change, limit) || change <= 0) {
            return OptionalLong.empty();
        }
        // each statement sees what was committed when it began: the row, or an amount that now leaves room, may
        // have been committed by another transaction since the UPDATE; only an amount read past the limit refuses
        for (int attempt = 0; attempt < 3; attempt++) {
            OptionalLong inUse = amount(db, resource);
            if (inUse.isPresent()) {
                if (inUse.getAsLong() + change > limit) {
                    return inUse;
                }
            } else if (change > limit) {
                return OptionalLong.of(0);
            } else if (insert(db, resource, change)) {
                return OptionalLong.empty();
            }
            if (raise(db, resource, change, limit)) {
                return OptionalLong.empty();
            }
        }
        return amount(db, resource);
    }

    /**
     * The first claim of a resource: its row, made under a savepoint since another transaction may make it first,
     * and a failed statement would otherwise end this one on PostgreSQL. False when another made it.
     */
    private static boolean insert(Connection db, String resource, long change) throws SQLException {
        Savepoint before = db.setSavepoint();
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO capacity_in_use (resource, amount) VALUES (?, ?)")) {
            insert.setString(1, resource);
            insert.setLong(2, change);
            insert.executeUpdate();
            db.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!ResourceClaimDao.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            db.rollback(before);
            return false;
        }
    }

    private static boolean raise(Connection db, String resource, long change, long limit) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(change <= 0
                ? "UPDATE capacity_in_use SET amount = amount + ? WHERE resource = ?"
                : "UPDATE capacity_in_use SET amount = amount + ? WHERE resource = ? AND amount + ? <= ?")) {
            update.setLong(1, change);
            update.setString(2, resource);
            if (change > 0) {
                update.setLong(3, change);
                update.setLong(4, limit);
            }
            return update.executeUpdate() > 0;
        }
    }

    OptionalLong amount(Connection db, String resource) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT amount FROM capacity_in_use WHERE resource = ?")) {
            select.setString(1, resource);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
