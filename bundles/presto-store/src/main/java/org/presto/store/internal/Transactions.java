package org.presto.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.presto.store.StoreException;

/**
 * Units of work on the database, each in one transaction: committed when the work returns, rolled back whatever goes
 * wrong (even an Error) before the connection goes back to the pool, so a half-done write is never committed.
 */
final class Transactions {
    /**
     * The isolation at which a read of several tables sees one moment on H2, whose repeatable read lets rows inserted
     * meanwhile appear: its SNAPSHOT level, an H2 extension of JDBC's levels (REPEATABLE READ on PostgreSQL).
     */
    private static final int H2_SNAPSHOT = 6;

    /** One unit of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private final DataSource dataSource;
    private final boolean postgres;
    private final int consistentRead;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = run(dataSource, -1, db -> db.getMetaData().getDatabaseProductName())
                .equalsIgnoreCase("PostgreSQL");
        this.consistentRead = postgres ? Connection.TRANSACTION_REPEATABLE_READ : H2_SNAPSHOT;
    }

    /** Whether the database is PostgreSQL (else H2). */
    boolean postgres() {
        return postgres;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in a transaction at the connection's default isolation. */
    <T> T run(Work<T> work) {
        return run(dataSource, -1, work);
    }

    /** Runs a read of several tables in a transaction that sees them all at one moment. */
    <T> T consistentRead(Work<T> work) {
        return run(dataSource, consistentRead, work);
    }

    /** Runs the work in one transaction at the given isolation level (-1: the connection's default). */
    static <T> T run(DataSource dataSource, int isolation, Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            int previous = db.getTransactionIsolation();
            if (isolation >= 0) {
                db.setTransactionIsolation(isolation);
            }
            db.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(db);
                db.commit();
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    db.rollback();
                }
                db.setAutoCommit(true);
                if (isolation >= 0) {
                    db.setTransactionIsolation(previous);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store operation failed: " + e.getMessage(), e);
        }
    }
}
