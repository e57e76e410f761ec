package org.presto.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, through the pool the component uses; one database per test. */
class PostgresStoreTest extends PrestoStoreContract {
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
        database = server.createDatabase("presto_test");
    }

    @Test
    void instancesStartingTogetherMigrateOneAfterTheOther() throws Exception {
        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService starters = Executors.newFixedThreadPool(4);
        try {
            List<Future<JdbcPrestoStore>> stores = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HikariDataSource pool = (HikariDataSource) open();
                pools.add(pool);
                stores.add(starters.submit(() -> JdbcPrestoStore.open(pool)));
            }
            for (Future<JdbcPrestoStore> store : stores) {
                store.get();
            }
            try (Connection db = pools.get(0).getConnection(); Statement statement = db.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version FROM presto_schema_history ORDER BY version")) {
                List<Integer> versions = new ArrayList<>();
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
                assertEquals(IntStream.rangeClosed(1, SchemaMigrations.VERSIONS.size()).boxed().toList(), versions,
                        "each migration applied once");
            }
        } finally {
            starters.shutdown();
            pools.forEach(HikariDataSource::close);
        }
    }

    /** Two nodes on one database: each hears of the services the other saves and deletes, not of its own. */
    @Test
    void aNodeHearsOfTheServicesAnotherSavesAndDeletes() throws Exception {
        HikariDataSource first = (HikariDataSource) open();
        HikariDataSource second = (HikariDataSource) open();
        JdbcPrestoStore one = JdbcPrestoStore.open(first);
        JdbcPrestoStore other = JdbcPrestoStore.open(second);
        java.util.concurrent.BlockingQueue<String> heardByOther = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<String> heardByOne = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(2);
        java.util.function.Function<java.util.Queue<String>, java.util.function.Consumer<String>> into = queue ->
                uuid -> {
                    if (org.presto.store.PrestoStore.EVERY_SERVICE.equals(uuid)) {
                        listening.countDown();
                    } else {
                        queue.add(uuid);
                    }
                };
        try (AutoCloseable watchOther = other.watchServices(into.apply(heardByOther));
             AutoCloseable watchOne = one.watchServices(into.apply(heardByOne))) {
            // once listening, a watch says that any service may have changed before
            assertTrue(listening.await(10, java.util.concurrent.TimeUnit.SECONDS));
            // a watch listens once its connection is up: until a first report arrives, write again
            String heard = null;
            for (int i = 0; i < 50 && heard == null; i++) {
                one.saveService(org.presto.store.ServiceRecord.of(org.presto.model.ConnectivityServiceBuilder
                        .builder().uuid("w" + i).build(), List.of(), List.of()));
                heard = heardByOther.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            org.junit.jupiter.api.Assertions.assertNotNull(heard, "the other node heard of a save");
            heardByOther.clear();
            org.presto.store.ServiceRecord saved = one.service("w0").orElseThrow();
            assertTrue(one.deleteService(saved));
            assertEquals("w0", heardByOther.poll(10, java.util.concurrent.TimeUnit.SECONDS));
            other.saveService(org.presto.store.ServiceRecord.of(org.presto.model.ConnectivityServiceBuilder
                    .builder().uuid("x").build(), List.of(), List.of()));
            assertEquals("x", heardByOne.poll(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(null, heardByOther.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "a node does not hear of its own writes");
        } finally {
            first.close();
            second.close();
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
