package org.presto.store.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the one named by PRESTO_TEST_POSTGRES_URL (a JDBC URL without database, e.g.
 * jdbc:postgresql://127.0.0.1:5432/, with PRESTO_TEST_POSTGRES_USER and _PASSWORD), or else a throwaway cluster
 * made with the installed server binaries (Debian: apt-get install -y postgresql) in a temporary directory, on a free
 * loopback port, removed again afterwards.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final Path directory;
    private final Path bin;
    private final List<String> databases = new ArrayList<>();

    private ThrowawayPostgres(String baseUrl, String user, String password, Path directory, Path bin) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.user = user;
        this.password = password;
        this.directory = directory;
        this.bin = bin;
    }

    public static ThrowawayPostgres start() throws Exception {
        String external = System.getenv("PRESTO_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return new ThrowawayPostgres(external, System.getenv().getOrDefault("PRESTO_TEST_POSTGRES_USER", "presto"),
                    System.getenv().getOrDefault("PRESTO_TEST_POSTGRES_PASSWORD", ""), null, null);
        }
        Path bin = serverBinaries();
        Path directory = Files.createTempDirectory("presto-postgres-");
        try {
            run(directory, "chmod", "755", directory.toString());
            if (isRoot()) {
                run(directory, "chown", "postgres", directory.toString());
            }
            runAsServerUser(directory, bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(),
                    "-U", "presto", "--auth=trust", "-E", "UTF8", "--no-sync");
            // another process may take the free port before the server binds it: try a few
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                try {
                    runAsServerUser(directory, bin.resolve("pg_ctl").toString(), "-D",
                            directory.resolve("data").toString(), "-l", directory.resolve("server.log").toString(),
                            "-w", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
                } catch (AssertionError e) {
                    if (attempt < 3) {
                        continue;
                    }
                    throw e;
                }
                ThrowawayPostgres server = new ThrowawayPostgres("jdbc:postgresql://127.0.0.1:" + port + "/",
                        "presto", "", directory, bin);
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "stop-test-postgres"));
                return server;
            }
        } catch (Exception | AssertionError e) {
            delete(directory);
            throw e;
        }
    }

    /**
     * Adds a login role that must prove its password (SCRAM-SHA-256, where every other connection is trusted) and
     * owns the database, for tests of the password a client sends. On an external server its own rules apply.
     */
    public synchronized void addPasswordRole(String role, String rolePassword, String database) throws Exception {
        try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword.replace("'", "''") + "'");
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + role);
            if (directory != null) {
                Path hba = directory.resolve("data/pg_hba.conf");
                Files.writeString(hba, "host all " + role + " 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }

    public String url(String database) {
        return baseUrl + database;
    }

    /**
     * Creates a database of its own for one test, named from the prefix, this process and a counter so that runs
     * sharing a server never meet; it is dropped again on {@link #close()}.
     */
    public synchronized String createDatabase(String prefix) throws SQLException {
        String database = prefix + "_" + ProcessHandle.current().pid() + "_" + (databases.size() + 1);
        try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        databases.add(database);
        return database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (directory == null) {
            dropDatabases();
            return;
        }
        if (!Files.isDirectory(directory)) {
            return;
        }
        try {
            runAsServerUser(directory, bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                    "-m", "fast", "-w", "stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the test PostgreSQL", e);
        } finally {
            delete(directory);
        }
    }

    /** On a shared server, what the tests made goes again; a throwaway cluster is deleted whole instead. */
    private synchronized void dropDatabases() throws IOException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
             Statement statement = admin.createStatement()) {
            for (String database : databases) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            databases.clear();
        } catch (SQLException e) {
            throw new IOException("could not drop the test databases " + databases + ": " + e.getMessage(), e);
        }
    }

    /** For the shutdown hook: a test JVM that ends early must not leave a server running. */
    private void stopQuietly() {
        try {
            close();
        } catch (Exception | AssertionError e) {
            System.err.println("could not stop the test PostgreSQL in " + directory + ": " + e.getMessage());
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Path serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb"))).sorted().toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            }
        }
        throw new AssertionError("The store tests need a real PostgreSQL: install the server (Debian: apt-get install "
                + "-y postgresql) or set PRESTO_TEST_POSTGRES_URL to a server's JDBC URL");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** PostgreSQL refuses to run as root: as root, run it as the postgres user the Debian package creates. */
    private static void runAsServerUser(Path directory, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(directory, line.toArray(new String[0]));
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("presto-postgres-command-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within 120 s:\n"
                        + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
