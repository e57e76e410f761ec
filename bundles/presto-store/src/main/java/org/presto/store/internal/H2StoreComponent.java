package org.presto.store.internal;

import java.io.File;
import org.h2.jdbcx.JdbcConnectionPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.presto.store.PrestoStore;

/** The embedded store: an H2 database file under Karaf's data directory (ACID, survives a crash). */
@Component(service = PrestoStore.class, configurationPid = "org.presto.store",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = H2StoreComponent.Config.class)
public class H2StoreComponent extends JdbcPrestoStore {

    @ObjectClassDefinition(name = "Presto store", description = "Where Presto keeps services and topology")
    public @interface Config {
        @AttributeDefinition(description = "Database file path without extension; empty means "
                + "${karaf.data}/presto/store/presto")
        String path() default "";
    }

    @Activate
    public H2StoreComponent(BundleContext context, Config config) {
        super(JdbcConnectionPool.create(url(databasePath(context, config)), "presto", ""));
    }

    /**
     * H2 by default writes committed transactions to its file up to half a second later; a process killed meanwhile
     * loses them although the client was told they were done. WRITE_DELAY=0 writes each commit before returning.
     */
    static String url(String path) {
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

    @Deactivate
    void deactivate() {
        ((JdbcConnectionPool) dataSource()).dispose();
    }
}
