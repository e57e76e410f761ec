package org.presto.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;

/**
 * Base class of the tests that drive the distribution from the outside, as an operator does: a fresh copy of the
 * distribution tar.gz is unpacked for every test method, then {@code bin/start}, {@code bin/client} (SSH, key login)
 * and {@code bin/stop}. Made for restart and persistence tests: {@link #restartKaraf()} keeps {@code data/}.
 * <p>
 * No Pax Exam here: the test code runs in the failsafe JVM. Ports: HTTP is {@code presto.itests.httpPort}
 * (default 8181); SSH and JMX/RMI are moved to free ports so that another Karaf on the machine does not interfere.
 * The shell user {@value #SHELL_USER} logs in with an RSA key generated for the test (etc/keys.properties), and
 * {@link #restconf} calls the API as {@value #API_USER} with a password generated for the test; the distribution
 * itself ships no user, no key and no password.
 * <p>
 * Set {@code -Dpresto.itests.keepRuntime=true} to keep the unpacked copies under target/script-karaf.
 */
public abstract class DistributionScriptSupport {

    protected static final String SHELL_USER = "presto-itest";
    /** The REST API user of the tests, an admin, with a password made for each test (etc/users.properties). */
    protected static final String API_USER = "presto-itest-api";
    protected static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    protected static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    protected static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    /** The unpacked distribution (KARAF_HOME) of the current test. */
    protected Path karafHome;
    protected int httpPort;
    /** The HTTPS port (every interface; a free one, moved from the distribution's 8443). */
    protected int httpsPort;
    protected int sshPort;
    protected RestconfClient restconf;
    /** The password of {@value #API_USER}, made for this test. */
    protected String apiPassword;

    private Path privateKey;
    private ProcessHandle karafProcess;

    // ------------------------------------------------------------------------------------------------------------
    // lifecycle

    @Before
    public void unpackDistribution() throws Exception {
        Path distribution = PrestoKarafTestSupport.distributionFile().toPath();
        Path runs = Paths.get(System.getProperty("project.build.directory", "target"), "script-karaf");
        Files.createDirectories(runs);
        Path dir = Files.createTempDirectory(runs.toAbsolutePath(), getClass().getSimpleName() + "-");
        ProcessResult tar = run(dir, Duration.ofSeconds(120), null, "tar", "-xzf", distribution.toString());
        tar.requireSuccess("unpack " + distribution);
        try (Stream<Path> children = Files.list(dir)) {
            karafHome = children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bin/karaf in " + distribution));
        }

        httpPort = Integer.getInteger(RestconfClient.HTTP_PORT_PROPERTY, RestconfClient.DEFAULT_HTTP_PORT);
        PrestoKarafTestSupport.requireFreePort(httpPort);
        sshPort = PrestoKarafTestSupport.freePort();
        // plain HTTP is the loopback connector of etc/jetty.xml, its port a system property
        setCfg("etc/system.properties", "presto.http.port", Integer.toString(httpPort));
        setCfg("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        httpsPort = PrestoKarafTestSupport.freePort();
        setCfg("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", Integer.toString(httpsPort));
        setCfg("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setCfg("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                Integer.toString(PrestoKarafTestSupport.freePort()));
        setCfg("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                Integer.toString(PrestoKarafTestSupport.freePort()));
        apiPassword = randomSecret();
        addApiUser(API_USER, apiPassword, "_g_:admingroup");
        restconf = new RestconfClient(httpPort, RestconfClient.basic(API_USER, apiPassword));
        installShellKey();
    }

    /**
     * Adds a user of Karaf's realm (etc/users.properties, read at every login, so also while Karaf runs) with the
     * roles or groups given: the REST API's HTTP Basic checks it.
     */
    protected void addApiUser(String user, String password, String... rolesAndGroups) throws IOException {
        Path users = karafHome.resolve("etc/users.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(users));
        if (lines.stream().noneMatch(l -> l.startsWith("_g_\\:admingroup"))) {
            lines.add("_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");
        }
        lines.add(user + " = " + password + (rolesAndGroups.length == 0 ? "" : "," + String.join(",",
                rolesAndGroups)));
        Files.write(users, lines);
    }

    /** 24 random bytes, base64url: a password nobody knows in advance. */
    protected static String randomSecret() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @After
    public void stopAndCleanUp() throws Exception {
        try {
            if (isKarafRunning()) {
                stopKaraf();
            }
        } finally {
            if (karafProcess != null && karafProcess.isAlive()) {
                karafProcess.destroyForcibly();
                karafProcess.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            if (karafHome != null && !Boolean.getBoolean(PrestoKarafTestSupport.KEEP_RUNTIME_PROPERTY)) {
                deleteRecursively(karafHome.getParent());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // start / stop

    /**
     * {@code bin/start}, then waits until the Karaf process is known (karaf.pid) and its shell answers over SSH.
     * The boot features may still be starting: use {@link #awaitRestconf()} or {@link #awaitBundlesActive} next.
     */
    protected void startKaraf() throws Exception {
        if (isKarafRunning()) {
            throw new IllegalStateException("Karaf is already running (pid " + karafProcess.pid() + ")");
        }
        Path pidFile = karafHome.resolve("karaf.pid");
        Files.deleteIfExists(pidFile);
        run(karafHome, Duration.ofSeconds(30), null, "bin/start").requireSuccess("bin/start");

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (karafProcess == null) {
            if (Files.isRegularFile(pidFile)) {
                String pid = Files.readString(pidFile).trim();
                if (!pid.isEmpty()) {
                    Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(pid));
                    if (handle.isEmpty()) {
                        throw new AssertionError("Karaf (pid " + pid + ") ended during start; see " + karafLog());
                    }
                    karafProcess = handle.get();
                }
            }
            failAfter(deadline, "no karaf.pid after bin/start");
            Thread.sleep(100);
        }

        String last = "";
        while (true) {
            if (!karafProcess.isAlive()) {
                throw new AssertionError("Karaf ended during start; see " + karafLog());
            }
            ProcessResult echo = clientRun("echo presto-shell-ready");
            if (echo.exitCode == 0 && echo.output.contains("presto-shell-ready")) {
                return;
            }
            last = echo.output;
            failAfter(deadline, "the shell did not answer over SSH; last client output: " + last);
            Thread.sleep(500);
        }
    }

    /** {@code bin/stop}, then waits for the Karaf process to end. */
    protected void stopKaraf() throws Exception {
        if (karafProcess == null) {
            return;
        }
        run(karafHome, Duration.ofSeconds(30), null, "bin/stop").requireSuccess("bin/stop");
        try {
            karafProcess.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Karaf (pid " + karafProcess.pid() + ") still runs " + STOP_TIMEOUT
                    + " after bin/stop", e);
        }
        karafProcess = null;
    }

    /** Kills the Karaf JVM with SIGKILL, as a power cut or the OOM killer would, and waits for it to end. */
    protected void killKaraf() throws Exception {
        if (karafProcess == null) {
            return;
        }
        run(karafHome, Duration.ofSeconds(10), null, "kill", "-KILL", Long.toString(karafProcess.pid()))
                .requireSuccess("kill -KILL " + karafProcess.pid());
        karafProcess.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        karafProcess = null;
    }

    /** Stops and starts the same installation again (data/ is kept), then waits for the REST API. */
    protected JsonNode restartKaraf() throws Exception {
        stopKaraf();
        startKaraf();
        return awaitRestconf();
    }

    protected boolean isKarafRunning() {
        return karafProcess != null && karafProcess.isAlive();
    }

    protected long karafPid() {
        if (karafProcess == null) {
            throw new IllegalStateException("Karaf is not running");
        }
        return karafProcess.pid();
    }

    protected Path karafLog() {
        return karafHome.resolve("data/log/karaf.log");
    }

    // ------------------------------------------------------------------------------------------------------------
    // readiness, shell

    /** Waits (up to 60 s) until GET /restconf/data/tapi-common:context answers real JSON; returns it. */
    protected JsonNode awaitRestconf() throws InterruptedException {
        return restconf.awaitReady();
    }

    /**
     * Runs shell commands through {@code bin/client -b} (one per line on its standard input) and returns what they
     * printed. Fails if the client exits with an error.
     */
    /**
     * Waits until the SIP named {@code name} is offered (a driver installed at run time reports its network
     * shortly after), then returns all SIPs by name; fails with the driver list when it does not come.
     */
    protected Map<String, String> awaitSip(String name) throws Exception {
        NrpRequests nrp = new NrpRequests(restconf);
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Map<String, String> sips = nrp.sipsByName();
            if (sips.containsKey(name)) {
                return sips;
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("no SIP " + name + " within 60 s: " + sips.keySet() + "\n"
                        + client("presto:driver-list"));
            }
            Thread.sleep(500);
        }
    }

    protected String client(String... commands) throws Exception {
        ProcessResult result = clientRun(commands);
        result.requireSuccess("bin/client " + String.join("; ", commands));
        return result.output;
    }

    /** Runs a shell command that must fail, as a refused operator command does, and returns what it printed. */
    protected String clientRefused(String command) throws Exception {
        ProcessResult result = clientRun(command);
        if (result.exitCode == 0) {
            throw new AssertionError("bin/client " + command + " succeeded but should have failed:\n" + result.output);
        }
        return result.output;
    }

    private ProcessResult clientRun(String... commands) throws Exception {
        String stdin = String.join("\n", commands) + "\n";
        return run(karafHome, CLIENT_TIMEOUT, stdin, "bin/client",
                "-h", "localhost", "-a", Integer.toString(sshPort),
                "-u", SHELL_USER, "-k", privateKey.toString(), "-b");
    }

    /**
     * Waits until {@code bundle:list} shows each of these bundles (symbolic names) Active; returns the last listing.
     */
    protected String awaitBundlesActive(List<String> symbolicNames, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String listing = client("bundle:list -t 0 -s");
            List<String> missing = new ArrayList<>();
            for (String name : symbolicNames) {
                if (listing.lines().noneMatch(l -> l.contains("| Active ") && l.trim().endsWith("| " + name))) {
                    missing.add(name);
                }
            }
            if (missing.isEmpty()) {
                return listing;
            }
            failAfter(deadline, "bundles not Active: " + missing + "\n" + listing);
            Thread.sleep(500);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // set-up helpers

    /** Sets {@code key = value} in a .cfg / .properties file of the unpacked distribution (replaced or appended). */
    protected void setCfg(String relativePath, String key, String value) throws IOException {
        Path file = karafHome.resolve(relativePath);
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        String entry = key + " = " + value;
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.startsWith(key) && l.substring(key.length()).trim().matches("^[=:].*")) {
                lines.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(entry);
        }
        Files.write(file, lines);
    }

    /**
     * Generates an RSA key pair: the private key (PKCS#8 PEM, mode 600) for {@code bin/client -k}, the public key in
     * etc/keys.properties for {@value #SHELL_USER} with Karaf's admin group (which includes the ssh role).
     */
    private void installShellKey() throws IOException, NoSuchAlgorithmException {
        privateKey = installShellKey(SHELL_USER, "_g_:admingroup");
    }

    /**
     * Lets another shell user log in over SSH with a key made for it (etc/keys.properties, which Karaf reads at each
     * login), with the roles or groups given (a shell user also needs the role ssh); returns the private key.
     */
    protected Path installShellKey(String user, String rolesAndGroups) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        Path key = karafHome.getParent().resolve("itest-client-" + user + ".pem");
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(key, pem, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        String publicKey = Base64.getEncoder().encodeToString(sshRsaPublicKey((RSAPublicKey) pair.getPublic()));
        Path keys = karafHome.resolve("etc/keys.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(keys));
        if (lines.stream().noneMatch(l -> l.startsWith("_g_\\:admingroup"))) {
            lines.add("_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");
        }
        lines.add(user + "=" + publicKey + "," + rolesAndGroups);
        Files.write(keys, lines);
        return key;
    }

    /** Runs shell commands as another shell user (see {@link #installShellKey(String, String)}); may fail. */
    protected ProcessResult clientAs(String user, Path key, String... commands) throws Exception {
        String stdin = String.join("\n", commands) + "\n";
        return run(karafHome, CLIENT_TIMEOUT, stdin, "bin/client", "-h", "localhost", "-a", Integer.toString(sshPort),
                "-u", user, "-k", key.toString(), "-b");
    }

    /** Runs shell commands as a user of the realm who logs in with a password (may be refused). */
    protected ProcessResult clientWithPassword(String user, String password, String... commands) throws Exception {
        String stdin = String.join("\n", commands) + "\n";
        return run(karafHome, CLIENT_TIMEOUT, stdin, "bin/client", "-h", "localhost", "-a", Integer.toString(sshPort),
                "-u", user, "-p", password, "-b");
    }

    /** The SSH wire encoding of an RSA public key (RFC 4253 "ssh-rsa": string, mpint e, mpint n). */
    static byte[] sshRsaPublicKey(RSAPublicKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeSshString(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        writeSshString(out, key.getPublicExponent().toByteArray());
        writeSshString(out, key.getModulus().toByteArray());
        return out.toByteArray();
    }

    private static void writeSshString(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes.length >>> 24);
        out.write(bytes.length >>> 16);
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    // ------------------------------------------------------------------------------------------------------------
    // processes

    /** Output (stdout and stderr together) and exit code of a finished process. */
    protected static final class ProcessResult {
        public final List<String> command;
        public final int exitCode;
        public final String output;

        ProcessResult(List<String> command, int exitCode, String output) {
            this.command = command;
            this.exitCode = exitCode;
            this.output = output;
        }

        ProcessResult requireSuccess(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    /** Runs a command in {@code dir} with JAVA_HOME set to this JVM's, feeding {@code stdin} (may be null). */
    protected static ProcessResult run(Path dir, Duration timeout, String stdin, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (stdin != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
        }
        try {
            return new ProcessResult(List.of(command), process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            // bin/start leaves Karaf running: its output must not be tied to our pipe (it is not: KARAF_REDIRECT)
            throw new AssertionError("could not read the output of " + String.join(" ", command), e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void failAfter(long deadlineNanos, String message) {
        if (System.nanoTime() > deadlineNanos) {
            throw new AssertionError(message);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
