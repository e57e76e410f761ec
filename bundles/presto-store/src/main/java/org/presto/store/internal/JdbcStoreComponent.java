package org.presto.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.postgresql.ds.PGSimpleDataSource;
import org.presto.store.ForwardingPrestoStore;
import org.presto.security.Secrets;
import org.presto.store.PrestoStore;

/**
 * The store on the database chosen in etc/org.presto.store.cfg: the embedded H2 file database under Karaf's data
 * directory (the default), or a PostgreSQL server (its password may be sealed, {@link Secrets}). A configuration
 * change re-creates the component on the new database.
 */
@Component(service = PrestoStore.class, configurationPid = JdbcStoreComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JdbcStoreComponent.Config.class)
public class JdbcStoreComponent extends ForwardingPrestoStore {
    static final String PID = "org.presto.store";

    @ObjectClassDefinition(name = "Presto store", description = "Where Presto keeps services and topology")
    public @interface Config {
        @AttributeDefinition(description = "The database", options = {
                @Option(value = "h2", label = "embedded H2 file database"),
                @Option(value = "postgresql", label = "PostgreSQL server")})
        String backend() default "h2";

        @AttributeDefinition(description = "h2: database file path without extension; empty means "
                + "${karaf.data}/presto/store/presto")
        String path() default "";

        @AttributeDefinition(description = "postgresql: JDBC URL, e.g. jdbc:postgresql://db.example.net:5432/presto")
        String url() default "";

        @AttributeDefinition(description = "postgresql: user")
        String user() default "presto";

        /** Property {@code .password}: the leading dot keeps it out of the service properties others can read. */
        @AttributeDefinition(description = "postgresql: password (key '.password' in the .cfg file)",
                type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String _password() default "";

        /**
         * The key it once had, which every bundle could read among the store service's properties; without a default,
         * so that bnd writes no (empty) property of that name into the component's description either.
         */
        @AttributeDefinition(description = "postgresql: password, as it was once written: use .password",
                required = false)
        String password();

        @AttributeDefinition(description = "postgresql: most connections kept open")
        int poolSize() default 8;
    }

    /** The store this component opened, whose database it closes when deactivated. */
    private final JdbcPrestoStore jdbc;

    @Activate
    public JdbcStoreComponent(BundleContext context, Config config, @Reference Secrets secrets) {
        this(new JdbcPrestoStore(migratedDatabase(context, config, secrets)));
    }

    private JdbcStoreComponent(JdbcPrestoStore jdbc) {
        super(jdbc);
        this.jdbc = jdbc;
    }

    /** The database with its schema up to date; closed again if that fails, so no pool outlives a failed start. */
    private static DataSource migratedDatabase(BundleContext context, Config config, Secrets secrets) {
        DataSource dataSource = connect(context, config, secrets);
        try {
            return JdbcPrestoStore.migrated(dataSource);
        } catch (RuntimeException e) {
            close(dataSource);
            throw e;
        }
    }

    private static DataSource connect(BundleContext context, Config config, Secrets secrets) {
        return switch (config.backend().strip()) {
            case "h2" -> JdbcConnectionPool.create(h2Url(databasePath(context, config)), "presto", "");
            case "postgresql" -> postgresql(config, secrets);
            default -> throw new IllegalArgumentException(PID + ": backend must be h2 or postgresql, not '"
                    + config.backend() + "'");
        };
    }

    /**
     * H2 by default writes committed transactions to its file up to half a second later; a process killed meanwhile
     * loses them although the client was told they were done. WRITE_DELAY=0 writes each commit before returning.
     */
    static String h2Url(String path) {
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
    }

    private static String databasePath(BundleContext context, Config config) {
        if (!config.path().isBlank()) {
            return new File(config.path()).getAbsolutePath();
        }
        String karafData = System.getProperty("karaf.data");
        File base = karafData != null ? new File(karafData, "presto/store") : context.getDataFile("store");
        return new File(base, "presto").getAbsolutePath();
    }

    static HikariDataSource postgresql(String url, String user, String password, int poolSize) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(PID + ": backend postgresql needs url = jdbc:postgresql://HOST:PORT/DB,"
                    + " not '" + url + "'");
        }
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(url);
        server.setUser(user);
        server.setPassword(password);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server);
        pool.setPoolName("presto-store");
        pool.setMaximumPoolSize(Math.max(1, poolSize));
        return new HikariDataSource(pool);
    }

    private static HikariDataSource postgresql(Config config, Secrets secrets) {
        String password = config._password();
        if (password.isEmpty() && config.password() != null && !config.password().isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(JdbcStoreComponent.class).warn("{}: the database password is "
                    + "written 'password', which every bundle can read among the store's service properties: "
                    + "write it '.password'", PID);
            password = config.password();
        }
        return postgresql(config.url().strip(), config.user(), secrets.reveal(password), config.poolSize());
    }

    @Deactivate
    void deactivate() {
        close(jdbc.dataSource());
    }

    private static void close(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        } else if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
