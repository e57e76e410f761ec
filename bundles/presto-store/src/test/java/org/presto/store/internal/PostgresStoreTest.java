package org.presto.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server, through the pool the component uses; one database per test. */
class PostgresStoreTest extends PrestoStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static ThrowawayPostgres server;
    private String database;

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void createDatabase() throws Exception {
        database = "presto_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
    }

    @Override
    protected DataSource open() {
        return JdbcStoreComponent.postgresql(server.url(database), server.user(), server.password(), 4);
    }

    @Override
    protected void close(DataSource dataSource) {
        ((HikariDataSource) dataSource).close();
    }
}
