package org.presto.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Base class of the Pax Exam tests: boots a real Karaf unpacked from the Presto distribution (the tar.gz built by
 * {@code karaf-assembly} in the same reactor) and runs the test methods inside it.
 * <p>
 * Subclasses are annotated {@code @RunWith(PaxExam.class)} and {@code @ExamReactorStrategy(PerClass.class)} (one Karaf
 * per test class). Methods run inside the container, so everything they use comes from the container: the probe
 * imports packages dynamically ({@link #probeConfiguration}), and only bundles of the distribution, plus Pax Exam's
 * own {@code exam} feature, are there.
 * <p>
 * System properties (set by the failsafe configuration of the itests pom):
 * <ul>
 * <li>{@code presto.distribution}: absolute path of the distribution tar.gz (required);</li>
 * <li>{@code presto.itests.httpPort}: HTTP port of the container (default 8181);</li>
 * <li>{@code maven.repo.local}: the local Maven repository, the only one the container may resolve {@code mvn:}
 * from;</li>
 * <li>{@code presto.itests.keepRuntime=true}: keep the unpacked container under target/exam for inspection.</li>
 * </ul>
 */
public abstract class PrestoKarafTestSupport {

    public static final String DISTRIBUTION_PROPERTY = "presto.distribution";
    public static final String KEEP_RUNTIME_PROPERTY = "presto.itests.keepRuntime";
    public static final String KARAF_VERSION_PROPERTY = "presto.karaf.version";
    public static final String DEFAULT_KARAF_VERSION = "4.4.10";

    /** The roles of Karaf's admin group (etc/users.properties, etc/keys.properties). */
    protected static final String[] ADMIN_ROLES = {"admin", "manager", "viewer", "systembundles"};

    /** Default time allowed for one shell command. */
    protected static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    /** Waits (up to the service timeout) for the boot features, Presto included, to be installed and started. */
    @Inject
    protected BootFinished bootFinished;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    private final ExecutorService commandExecutor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "presto-itest-shell");
        t.setDaemon(true);
        return t;
    });

    private RestconfClient restconf;
    /** The REST API user of the tests in the container (etc/users.properties), an admin. */
    protected static final String API_USER = "presto-itest-api";

    // ------------------------------------------------------------------------------------------------------------
    // Container configuration (evaluated in the test runner's JVM)

    @Configuration
    public Option[] config() {
        File distribution = distributionFile();
        String karafVersion = System.getProperty(KARAF_VERSION_PROPERTY, DEFAULT_KARAF_VERSION);
        int httpPort = Integer.getInteger(RestconfClient.HTTP_PORT_PROPERTY, RestconfClient.DEFAULT_HTTP_PORT);
        requireFreePort(httpPort);
        String localRepository = localMavenRepository();
        File unpackDirectory = new File(System.getProperty("project.build.directory", "target"), "exam");

        List<Option> options = new ArrayList<>();
        options.add(karafDistributionConfiguration()
                .frameworkUrl(distribution.toURI().toString())
                .karafVersion(karafVersion)
                .name("Presto")
                .unpackDirectory(unpackDirectory)
                .useDeployFolder(false));
        options.add(when(Boolean.getBoolean(KEEP_RUNTIME_PROPERTY)).useOptions(keepRuntimeFolder()));
        options.add(configureConsole().ignoreLocalConsole());
        options.add(logLevel(LogLevel.INFO));
        options.add(systemTimeout(180_000));
        // @Inject waits this long for a service (BootFinished comes when every boot feature is started)
        options.add(systemProperty("pax.exam.service.timeout").value("120000"));
        options.add(systemProperty(RestconfClient.HTTP_PORT_PROPERTY).value(Integer.toString(httpPort)));
        // the REST API's user (an admin) with a password made for this run; the distribution ships none
        String password = DistributionScriptSupport.randomSecret();
        options.add(editConfigurationFilePut("etc/users.properties", API_USER, password + ",admin"));
        options.add(systemProperty(RestconfClient.AUTHORIZATION_PROPERTY).value(RestconfClient.basic(API_USER,
                password)));

        // resolve mvn: URLs from the local Maven repository only (never from remote repositories)
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.localRepository", localRepository));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.repositories", ""));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"));

        // ports: HTTP as asked, the others wherever free (another Karaf may be running on this machine)
        // plain HTTP is the loopback connector of etc/jetty.xml, its port a system property; HTTPS needs the key
        // pair bin/setenv makes at first start, and Pax Exam starts Karaf without bin/: off here (the distribution
        // tests cover it)
        options.add(editConfigurationFilePut("etc/system.properties", "presto.http.port",
                Integer.toString(httpPort)));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg",
                "org.osgi.service.http.port", Integer.toString(httpPort)));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg",
                "org.osgi.service.http.secure.enabled", "false"));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.shell.cfg",
                "sshPort", Integer.toString(freePort())));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg",
                "rmiRegistryPort", Integer.toString(freePort())));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg",
                "rmiServerPort", Integer.toString(freePort())));

        options.addAll(jdk9PlusVmOptions(karafVersion));
        options.addAll(Arrays.asList(additionalOptions()));
        return options.toArray(new Option[0]);
    }

    /** Hook for subclasses: more Pax Exam options (e.g. configuration edits). */
    protected Option[] additionalOptions() {
        return new Option[0];
    }

    /** The probe (the test classes as a bundle) imports whatever the tests use from the container. */
    @ProbeBuilder
    public TestProbeBuilder probeConfiguration(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    /** The distribution tar.gz given by {@value #DISTRIBUTION_PROPERTY}. */
    public static File distributionFile() {
        String path = System.getProperty(DISTRIBUTION_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property " + DISTRIBUTION_PROPERTY
                    + " (path of the distribution tar.gz) is not set: run the tests through Maven (failsafe)");
        }
        File file = new File(path).getAbsoluteFile().toPath().normalize().toFile();
        if (!file.isFile()) {
            throw new IllegalStateException("Distribution " + file + " does not exist: build karaf-assembly first"
                    + " (mvn -B verify from the root builds it in the same reactor)");
        }
        return file;
    }

    /** The local Maven repository: maven.repo.local, else ~/.m2/repository. */
    public static String localMavenRepository() {
        String repo = System.getProperty("maven.repo.local");
        if (repo == null || repo.isBlank()) {
            repo = System.getProperty("user.home") + File.separator + ".m2" + File.separator + "repository";
        }
        return new File(repo).getAbsolutePath();
    }

    /**
     * The JVM flags {@code bin/karaf} (4.4.10) passes on JDK 9+, which Pax Exam 4.14 does not: without them Karaf
     * fails with
     * {@code NoClassDefFoundError: org/apache/karaf/specs/locator/OsgiLocator}. Paths are relative to the Karaf home,
     * the working directory of the container's JVM.
     */
    public static List<Option> jdk9PlusVmOptions(String karafVersion) {
        List<Option> vm = new ArrayList<>();
        vm.add(new VMOption("--add-reads=java.xml=java.logging"));
        vm.add(new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"));
        vm.add(new VMOption("--patch-module"));
        vm.add(new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"));
        vm.add(new VMOption("--patch-module"));
        vm.add(new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"));
        for (String open : new String[] {
                "java.base/java.security=ALL-UNNAMED",
                "java.base/java.net=ALL-UNNAMED",
                "java.base/java.lang=ALL-UNNAMED",
                "java.base/java.util=ALL-UNNAMED",
                "java.naming/javax.naming.spi=ALL-UNNAMED",
                "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"}) {
            vm.add(new VMOption("--add-opens"));
            vm.add(new VMOption(open));
        }
        for (String export : new String[] {
                "java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "java.base/sun.net.www.content.text=ALL-UNNAMED",
                "jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "java.naming/com.sun.jndi.ldap=ALL-UNNAMED"}) {
            vm.add(new VMOption("--add-exports=" + export));
        }
        vm.add(new VMOption("-classpath"));
        vm.add(new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"));
        return vm;
    }

    /** A TCP port free right now on this machine. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free TCP port", e);
        }
    }

    static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP port " + port + " is already in use (another Karaf running?);"
                    + " stop it or run with -D" + RestconfClient.HTTP_PORT_PROPERTY + "=<free port>", e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers for the test methods (run inside the container)

    /** Real HTTP client for {@code http://localhost:PORT/restconf/...}. */
    protected RestconfClient restconf() {
        if (restconf == null) {
            restconf = RestconfClient.fromSystemProperties();
        }
        return restconf;
    }

    /**
     * Waits (up to 60 s) until GET /restconf/data/tapi-common:context answers real JSON and returns it as text.
     */
    protected String waitForRestconf() throws InterruptedException {
        return restconf().awaitReady().toString();
    }

    /**
     * Runs a Karaf shell command, as an operator of Karaf's admin group would type it (roles admin, manager, viewer,
     * systembundles: commands guarded by an ACL, such as feature:install, are visible), and returns what it printed.
     */
    protected String executeCommand(String command) throws Exception {
        return executeCommand(command, COMMAND_TIMEOUT, ADMIN_ROLES);
    }

    /**
     * Runs a Karaf shell command in a new shell session whose output goes to a buffer, and returns that output
     * (the command's value, if any, is printed after it). The command runs as a subject with these roles: the
     * shell hides the commands whose ACL (etc/org.apache.karaf.command.acl.*.cfg) the subject does not satisfy.
     * Fails if the command throws or does not end in time.
     */
    protected String executeCommand(String command, Duration timeout, String... roles) throws Exception {
        waitForCommand(command, timeout);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("presto-itest"));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        PrivilegedExceptionAction<Void> action = () -> {
            Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
            try {
                session.put("APPLICATION", System.getProperty("karaf.name", "root"));
                session.put("USER", "presto-itest");
                Object result = session.execute(command);
                if (result != null) {
                    out.println(result);
                }
            } finally {
                session.close();
            }
            return null;
        };
        Future<?> run = commandExecutor.submit(() -> Subject.doAs(subject, action));
        try {
            run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("command '" + command + "' did not end within " + timeout
                    + "; output so far:\n" + buffer.toString(StandardCharsets.UTF_8), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof PrivilegedActionException ? e.getCause().getCause()
                    : e.getCause();
            throw new AssertionError("command '" + command + "' failed: " + cause
                    + "\noutput:\n" + buffer.toString(StandardCharsets.UTF_8), cause);
        }
        out.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Commands are services registered asynchronously: waits until the command's scope:name is known. */
    private void waitForCommand(String command, Duration timeout) throws InterruptedException {
        String first = command.trim().split("\\s+", 2)[0];
        int colon = first.indexOf(':');
        String scope = colon > 0 ? first.substring(0, colon) : "*";
        String name = colon > 0 ? first.substring(colon + 1) : first;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sessionFactory.getRegistry().getCommand(scope, name) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("shell command " + first + " is not available after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The installed bundle with this symbolic name, or null. */
    protected Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Before each test: waits until every bundle is ACTIVE (fragments RESOLVED). Right after boot a refresh may
     * still be under way, and a class the probe imports dynamically (e.g. Jackson's) is not found while its bundle
     * is being refreshed.
     */
    @Before
    public void awaitSettledFramework() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<String> unsettled = new ArrayList<>();
            for (Bundle bundle : bundleContext.getBundles()) {
                boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
                if (bundle.getState() != expected) {
                    unsettled.add(bundle.getSymbolicName() + " " + stateName(bundle.getState()));
                }
            }
            if (unsettled.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("bundles not settled 60 s after boot: " + unsettled);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the bundle is installed and in {@code state} (e.g. {@link Bundle#ACTIVE}); returns it. */
    protected Bundle waitForBundleState(String symbolicName, int state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Bundle b = bundle(symbolicName);
            if (b != null && b.getState() == state) {
                return b;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("bundle " + symbolicName + " is "
                        + (b == null ? "not installed" : "in state " + stateName(b.getState()))
                        + " after " + timeout + ", expected " + stateName(state));
            }
            Thread.sleep(100);
        }
    }

    /** The name bundle:list uses for an OSGi bundle state. */
    public static String stateName(int state) {
        switch (state) {
            case Bundle.UNINSTALLED: return "Uninstalled";
            case Bundle.INSTALLED: return "Installed";
            case Bundle.RESOLVED: return "Resolved";
            case Bundle.STARTING: return "Starting";
            case Bundle.STOPPING: return "Stopping";
            case Bundle.ACTIVE: return "Active";
            default: return "Unknown(" + state + ")";
        }
    }
}
