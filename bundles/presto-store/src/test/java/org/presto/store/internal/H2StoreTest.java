package org.presto.store.internal;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 back end, with the URL the component uses. */
class H2StoreTest extends PrestoStoreContract {
    @TempDir
    Path dir;

    @Override
    protected DataSource open() {
        return JdbcConnectionPool.create(JdbcStoreComponent.h2Url(dir.resolve("db").toAbsolutePath().toString()),
                "presto", "");
    }

    @Override
    protected void close(DataSource dataSource) {
        ((JdbcConnectionPool) dataSource).dispose();
    }
}
