package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator, made with Karaf's own properties backing engine in a copy that replaces the file. */
class FirstAdminTest {
    @TempDir
    Path etc;

    @AfterEach
    void clear() {
        System.clearProperty("karaf.etc");
    }

    /** Karaf's realm as its JAAS configuration describes it: one properties login module on a users file. */
    private JaasRealm realm(Path users) {
        Map<String, Object> options = Map.of("users", users.toString(), "org.apache.karaf.jaas.module",
                "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule");
        return new JaasRealm() {
            @Override
            public String getName() {
                return "karaf";
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(
                        "org.apache.karaf.jaas.boot.ProxyLoginModule", LoginModuleControlFlag.REQUIRED, options)};
            }
        };
    }

    @Test
    void makesTheAdministratorOnceInAFileReplacedWhole() throws Exception {
        System.setProperty("karaf.etc", etc.toString());
        Path users = etc.resolve("users.properties");
        Files.writeString(users, "# Karaf's template: no user\n#karaf = karaf,_g_:admingroup\n");
        PropertiesBackingEngineFactory factory = new PropertiesBackingEngineFactory();
        JaasRealm karaf = realm(users);

        new FirstAdmin(List.of(karaf), List.of(factory));

        BackingEngine engine = factory.build(Map.of("users", users.toString()));
        assertEquals(List.of("admin"), engine.listUsers().stream().map(u -> u.getName()).toList());
        assertEquals(List.of("admingroup"), engine.listGroups(engine.lookupUser("admin")).stream()
                .map(g -> g.getName()).toList());
        String password = Files.readString(etc.resolve("presto-admin.password")).strip();
        assertEquals(32, password.length());
        assertTrue(Files.readString(users).startsWith("# Karaf's template"), "the file's comments are kept");
        try (Stream<Path> files = Files.list(etc)) {
            assertEquals(List.of("presto-admin.password", "users.properties"), files.map(f -> f.getFileName()
                    .toString()).sorted().toList(), "no copy left behind");
        }

        // a second start finds a user and changes nothing
        String before = Files.readString(users);
        new FirstAdmin(List.of(karaf), List.of(factory));
        assertEquals(before, Files.readString(users));
        assertEquals(password, Files.readString(etc.resolve("presto-admin.password")).strip());
    }
}
