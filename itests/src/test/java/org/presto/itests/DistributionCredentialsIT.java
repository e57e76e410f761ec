package org.presto.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The distribution's own files hold no credentials: no user in Karaf's realm, no SSH key, no key store, no private
 * key, no password file, and no configuration value named like a secret. Read from the tar.gz as it is shipped,
 * unpacked with tar, before any start (which makes the first administrator).
 */
public class DistributionCredentialsIT {
    /**
     * A property that names a secret, with a value; not one that names where secrets are kept (a directory, a file),
     * which is configuration, not a secret.
     */
    private static final Pattern SECRET = Pattern.compile("^\\s*[^#!\\s][^=:]*(password|passwd|secret|token|"
            + "credential|private)(?!\\w*(dir|file|path|location)\\s*[=:])[^=:]*[=:]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    /** A value taken from the environment at start (the TLS key pair's password): a reference, not a secret. */
    private static final Pattern ENVIRONMENT = Pattern.compile("[^=:]*[=:]\\s*\\$\\{env:[A-Z_]+}\\s*");
    private static final Pattern KEY_FILE = Pattern.compile(".*\\.(jks|p12|pfx|pem|key|keystore|password)$");
    private static final Pattern CONFIG = Pattern.compile(".*\\.(cfg|config|properties|xml)$");

    @Test
    public void noUserNoKeyNoSecret() throws Exception {
        Path dir = Files.createTempDirectory("presto-distribution-");
        Process tar = new ProcessBuilder("tar", "-xzf", PrestoKarafTestSupport.distributionFile().toString(), "-C",
                dir.toString()).inheritIO().start();
        assertEquals("tar", 0, tar.waitFor());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (KEY_FILE.matcher(lower).matches()) {
                    found.add(name + ": a key, key store or password file");
                }
                boolean realm = lower.endsWith("etc/users.properties") || lower.endsWith("etc/keys.properties");
                boolean config = lower.contains("/etc/") && CONFIG.matcher(lower).matches();
                if (!realm && !config) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    String content = line.strip();
                    // in the realm's files, a group's definition (_g_\\:name = group, roles) names no one
                    boolean user = !content.isEmpty() && !content.startsWith("#") && !content.startsWith("_g_");
                    if (realm ? user : SECRET.matcher(line).matches() && !ENVIRONMENT.matcher(content).matches()) {
                        found.add(name + ": " + content);
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        assertEquals("credentials shipped with the distribution", List.of(), found);
    }
}
