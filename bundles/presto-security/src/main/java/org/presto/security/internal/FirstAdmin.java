package org.presto.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distribution ships no user and no password. At the first start, while Karaf's realm has no user at all, this
 * makes one administrator, {@value #USER}, in Karaf's admin group (the shell over SSH, and the REST API as an admin),
 * with a random password written to {@code etc/}{@value #PASSWORD_FILE}, readable by its owner only, and never
 * logged. It adds the user as {@code jaas:user-add} does, through the realm's backing engine, so the password is
 * stored as the realm is configured to store it (hashed: etc/org.apache.karaf.jaas.cfg). Once any user exists it
 * does nothing, so an operator who adds their own users and deletes {@value #USER} is not given it back.
 */
@Component(immediate = true)
public final class FirstAdmin {
    static final String USER = "admin";
    static final String PASSWORD_FILE = "presto-admin.password";
    static final String REALM = "karaf";
    static final String GROUP = "admingroup";
    /** Karaf's own admin group, as its users.properties template writes it. */
    static final List<String> GROUP_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";
    /** The properties login module's option naming its users file. */
    private static final String USERS_OPTION = "users";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    /**
     * Greedy: the realm and the engine factory may come after this component, which then runs again with them; an
     * earlier run without them did nothing.
     */
    @Activate
    public FirstAdmin(@Reference(policyOption = ReferencePolicyOption.GREEDY) List<JaasRealm> realms,
                      @Reference(policyOption = ReferencePolicyOption.GREEDY) List<BackingEngineFactory> factories)
            throws IOException {
        Optional<PropertiesRealm> realm = propertiesRealm(realms, factories);
        if (realm.isEmpty() || !realm.get().engine(realm.get().options()).listUsers().isEmpty()) {
            return;
        }
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path file = etc.resolve(PASSWORD_FILE);
        String password = newPassword();
        writeOwnerOnly(file, password + "\n");
        Path usersFile = realm.get().usersFile(etc);
        // Karaf's JAAS bundle watches the users file (to hash passwords written in it in clear) and rewrites it: made
        // in place, step by step, the file could be read half written and written back torn. So the user is made in a
        // copy, which then replaces the file in one rename.
        Path draft = Files.createTempFile(usersFile.toAbsolutePath().getParent(), ".presto-users", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            if (Files.exists(usersFile)) {
                Files.write(draft, Files.readAllBytes(usersFile));
            }
            Map<String, Object> draftOptions = new HashMap<>(realm.get().options());
            draftOptions.put(USERS_OPTION, draft.toString());
            BackingEngine users = realm.get().engine(draftOptions);
            if (users.listGroups().keySet().stream().noneMatch(group -> group.getName().equals(GROUP))) {
                users.createGroup(GROUP);
                GROUP_ROLES.forEach(role -> users.addGroupRole(GROUP, role));
            }
            users.addUser(USER, password);
            users.addGroup(USER, GROUP);
            Files.move(draft, usersFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
        LOG.info("Karaf's realm had no user: created the administrator '{}' (group {}: the shell over SSH, the REST "
                + "API as admin); its password is in {}, readable by its owner only", USER, GROUP, file);
    }

    /** The options of the realm's properties login module, and the factory of its backing engines. */
    private record PropertiesRealm(Map<String, ?> options, BackingEngineFactory factory) {
        BackingEngine engine(Map<String, ?> with) {
            return factory.build(with);
        }

        Path usersFile(Path etc) {
            Object users = options.get(USERS_OPTION);
            return users != null ? Path.of(users.toString()) : etc.resolve("users.properties");
        }
    }

    private static Optional<PropertiesRealm> propertiesRealm(List<JaasRealm> realms,
                                                             List<BackingEngineFactory> factories) {
        for (JaasRealm realm : realms) {
            if (!realm.getName().equals(REALM)) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Map<String, ?> options = entry.getOptions();
                Object module = options.get(MODULE_OPTION);
                String moduleClass = module != null ? module.toString() : entry.getLoginModuleName();
                if (!PROPERTIES_MODULE.equals(moduleClass)) {
                    continue;
                }
                for (BackingEngineFactory factory : factories) {
                    if (factory.getModuleClass().equals(PROPERTIES_MODULE)) {
                        return Optional.of(new PropertiesRealm(options, factory));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** 24 random bytes, base64url: 192 bits, safe in a URL, a header and a shell word. */
    static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written beside the target with owner-only permissions from the start, then moved into place. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".presto-admin", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
