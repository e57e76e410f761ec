package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.presto.store.PrestoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service changes between Presto nodes sharing one PostgreSQL database: each write of a service sends a notification
 * (PostgreSQL {@code NOTIFY}, delivered when its transaction commits, never when it rolls back) naming the writer and
 * the service; each watch holds a connection that {@code LISTEN}s, on a thread of its own, and reports the services
 * other writers changed. Each time a watch (re)connects it reports that every service may have changed, for
 * notifications sent before it listened are not delivered to it.
 */
final class ServiceNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceNotifications.class);
    static final String CHANNEL = "presto_service";
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    /** This store's name in notifications, so that its own writes are not reported back to it. */
    private final String writer;

    ServiceNotifications(DataSource dataSource, String writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Sends, within the transaction of a write, that a service changed. */
    void send(Connection db, String serviceUuid) throws SQLException {
        try (PreparedStatement notify = db.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, writer + " " + serviceUuid);
            notify.execute();
        }
    }

    AutoCloseable watch(Consumer<String> changed) {
        Watch watch = new Watch(changed);
        Thread thread = new Thread(watch, "presto-store-watch");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            watch.closed = true;
            thread.interrupt();
            thread.join(5_000);
        };
    }

    /**
     * A connection of the watch's own, not one of the pool's: it listens for as long as the watch runs, and a pooled
     * one would be taken from requests and go back to the pool still listening.
     */
    private Connection listening() throws SQLException {
        if (dataSource.isWrapperFor(PGSimpleDataSource.class)) {
            return dataSource.unwrap(PGSimpleDataSource.class).getConnection();
        }
        return dataSource.getConnection();
    }

    private final class Watch implements Runnable {
        private final Consumer<String> changed;
        private volatile boolean closed;

        Watch(Consumer<String> changed) {
            this.changed = changed;
        }

        @Override
        public void run() {
            boolean failing = false;
            while (!closed) {
                try (Connection db = listening(); Statement listen = db.createStatement()) {
                    db.setAutoCommit(true);
                    listen.execute("LISTEN " + CHANNEL);
                    // what other nodes wrote before this LISTEN (or while the connection was down) is not reported
                    changed.accept(PrestoStore.EVERY_SERVICE);
                    if (failing) {
                        LOG.info("Watching service changes of other nodes again");
                        failing = false;
                    }
                    PGConnection pg = db.unwrap(PGConnection.class);
                    while (!closed) {
                        PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                        if (received != null) {
                            for (PGNotification notification : received) {
                                report(notification.getParameter());
                            }
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (closed) {
                        return;
                    }
                    if (!failing) {
                        LOG.warn("Watching service changes of other nodes failed, trying again: {}", e.toString());
                        failing = true;
                    }
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        private void report(String payload) {
            int space = payload.indexOf(' ');
            if (space > 0 && !payload.substring(0, space).equals(writer)) {
                try {
                    changed.accept(payload.substring(space + 1));
                } catch (RuntimeException e) {
                    LOG.warn("A watcher of service changes failed on {}: {}", payload, e.toString());
                }
            }
        }
    }
}
