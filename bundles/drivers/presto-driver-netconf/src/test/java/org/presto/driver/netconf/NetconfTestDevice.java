package org.presto.driver.netconf;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.sshd.client.SshClient;
import org.presto.driver.netconf.device.SwitchConfig;
import org.presto.driver.netconf.protocol.NetconfEndpoint;
import org.presto.driver.netconf.protocol.NetconfSession;

/**
 * A real NETCONF device for tests: Debian's netconfd (yuma123) loaded with the presto-vlan-switch model, behind an
 * OpenSSH server of its own whose netconf subsystem hands sessions to it, on a free port of 127.0.0.1, logged into
 * with a key made for it. Its ports are configured when it starts, as an operator would have set up the switch.
 */
public final class NetconfTestDevice implements AutoCloseable {
    /** The model the driver speaks, as shipped in the driver bundle. */
    static final String MODEL = "presto-vlan-switch@2026-12-05.yang";
    /** A deviation: the switch holds one cross-connect only (see the module's description). */
    public static final String SMALL = "presto-vlan-switch-small@2026-11-24.yang";
    private static final String NETCONFD = "/usr/sbin/netconfd";
    private static final String SSHD = "/usr/sbin/sshd";
    private static final String SUBSYSTEM = "/usr/sbin/netconf-subsystem";

    /**
     * A port to configure on the device.
     *
     * @param neighbour {@code system/port} at the far end of a network port, or null for a customer port
     */
    public record PortSpec(String name, long speedMbps, String neighbour) {
        public static PortSpec customer(String name) {
            return new PortSpec(name, 1000, null);
        }

        public static PortSpec network(String name, String neighbour) {
            return new PortSpec(name, 10_000, neighbour);
        }
    }

    private final String name;
    private final Path dir;
    private final int port;
    private final List<Process> processes = new ArrayList<>();
    private String fingerprint;

    private NetconfTestDevice(String name, Path dir, int port) {
        this.name = name;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts a device in {@code dir} (its keys, configuration, socket and logs go there).
     *
     * @param deviation the file name of a deviation module to load beside the model ({@link #SMALL}), or null
     */
    public static NetconfTestDevice start(Path dir, String name, List<PortSpec> ports, String deviation)
            throws Exception {
        return start(dir, name, ports, deviation, true);
    }

    /**
     * @param candidate whether the device offers a candidate datastore; without, edits go to running, as on many
     *                  smaller switches
     */
    public static NetconfTestDevice start(Path dir, String name, List<PortSpec> ports, String deviation,
            boolean candidate) throws Exception {
        for (String binary : List.of(NETCONFD, SSHD, SUBSYSTEM)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: apt-get install netconfd openssh-server "
                        + "(README, Quick start)");
            }
        }
        Files.createDirectories(dir);
        NetconfTestDevice device = new NetconfTestDevice(name, dir, freePort());
        try {
            device.startServers(deviation, candidate);
            device.configurePorts(ports);
        } catch (Exception e) {
            device.close();
            throw e;
        }
        return device;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Copies a module from the classpath (the driver bundle, these tests) into the device's module directory. */
    private Path module(String file) throws IOException {
        Path modules = Files.createDirectories(dir.resolve("yang"));
        try (var in = NetconfTestDevice.class.getResourceAsStream("/yang/" + file)) {
            if (in == null) {
                throw new IOException("no /yang/" + file + " on the classpath");
            }
            Files.copy(in, modules.resolve(file));
        }
        return modules.resolve(file);
    }

    private void startServers(String deviation, boolean candidate) throws Exception {
        Path model = module(MODEL);
        run("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", dir.resolve("hostkey").toString());
        run("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", dir.resolve("client").toString());
        Files.copy(dir.resolve("client.pub"), dir.resolve("authorized_keys"));
        Path socket = dir.resolve("ncxserver.sock");
        if (socket.toString().length() > 100) {
            throw new IllegalArgumentException("netconfd's socket path " + socket + " is longer than a Unix socket "
                    + "path may be (108 bytes): start the device in a shorter directory");
        }
        List<String> netconfd = new ArrayList<>(List.of(NETCONFD, "--module=ietf-interfaces", "--module=iana-if-type",
                "--module=" + model, "--no-startup", "--superuser=" + user(), "--port=" + port,
                "--access-control=off", "--ncxserver-sockname=" + socket, "--log=" + dir.resolve("netconfd.log"),
                "--log-level=info"));
        if (!candidate) {
            netconfd.add("--target=running");
        }
        if (deviation != null) {
            // by name, found on the module path: netconfd ignores a deviation given as a file
            module(deviation);
            netconfd.add("--modpath=" + model.getParent() + ":/usr/share/yuma/modules");
            netconfd.add("--deviation=" + deviation.replaceFirst("@.*", ""));
        }
        processes.add(new ProcessBuilder(netconfd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("netconfd.out").toFile()).start());
        waitFor(() -> Files.exists(socket), "netconfd's socket " + socket);
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("hostkey"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "UsePAM no",
                "PermitRootLogin yes",
                "StrictModes no",
                "PasswordAuthentication no",
                "Subsystem netconf \"" + SUBSYSTEM + " --ncxserver-sockname=" + port + "@" + socket + "\"",
                ""));
        Files.createDirectories(Path.of("/run/sshd"));
        processes.add(new ProcessBuilder(SSHD, "-D", "-f", dir.resolve("sshd_config").toString(), "-E",
                dir.resolve("sshd.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.out").toFile()).start());
        waitFor(this::accepts, "sshd on port " + port);
        fingerprint = hostKeyFingerprint();
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private void waitFor(Condition condition, String what) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.holds()) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(what + ": a server of device " + name + " exited with "
                            + process.exitValue() + "; see " + dir);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not come up within 20 s; see " + dir);
            }
            Thread.sleep(50);
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    /** Sets the switch's ports up, in one committed edit, as the operator of a real switch would. */
    private void configurePorts(List<PortSpec> ports) throws Exception {
        StringBuilder interfaces = new StringBuilder("<interfaces xmlns=\"" + SwitchConfig.INTERFACES_NS
                + "\" xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">");
        for (PortSpec spec : ports) {
            interfaces.append("<interface><name>").append(spec.name()).append("</name>")
                    .append("<type>ianaift:ethernetCsmacd</type>")
                    .append("<port xmlns=\"").append(SwitchConfig.NS).append("\">")
                    .append("<usage>").append(spec.neighbour() == null ? "customer" : "network").append("</usage>")
                    .append("<speed-mbps>").append(spec.speedMbps()).append("</speed-mbps>");
            if (spec.neighbour() != null) {
                String[] far = spec.neighbour().split("/");
                interfaces.append("<neighbour><system-name>").append(far[0]).append("</system-name><port>")
                        .append(far[1]).append("</port></neighbour>");
            }
            interfaces.append("</port></interface>");
        }
        interfaces.append("</interfaces>");
        String config = interfaces + "<switch xmlns=\"" + SwitchConfig.NS + "\"><system-name>" + name
                + "</system-name></switch>";
        editAndCommit(config);
    }

    /** Applies an edit straight to the device, outside the driver (as another manager or an operator would). */
    public void editAndCommit(String config) throws Exception {
        try (SessionHolder holder = new SessionHolder()) {
            boolean candidate = holder.session.offers("urn:ietf:params:netconf:capability:candidate:1.0");
            holder.session.rpc("<edit-config><target>" + (candidate ? "<candidate/>" : "<running/>")
                    + "</target><config>" + config + "</config></edit-config>");
            if (candidate) {
                holder.session.rpc("<commit/>");
            }
        }
    }

    /** The running configuration as the device itself reports it to get-config. */
    public String getConfig() throws Exception {
        try (SessionHolder holder = new SessionHolder()) {
            StringWriter text = new StringWriter();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(holder.session.rpc(
                    "<get-config><source><running/></source></get-config>")), new StreamResult(text));
            return text.toString();
        }
    }

    /** A session of its own, with a client of its own. */
    private final class SessionHolder implements AutoCloseable {
        final SshClient client = NetconfSession.newClient();
        final ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        final NetconfSession session;

        SessionHolder() throws IOException {
            client.start();
            try {
                session = NetconfSession.open(client, endpoint(), Duration.ofSeconds(10), timer);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
            client.stop();
            timer.shutdownNow();
        }
    }

    public String name() {
        return name;
    }

    public NetconfEndpoint endpoint() {
        return new NetconfEndpoint("127.0.0.1", port, user(), "", dir.resolve("client"), fingerprint, false);
    }

    /** The host key's fingerprint as {@code ssh-keygen -lf} prints it, e.g. {@code SHA256:...}. */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-keygen", "-lf", dir.resolve("hostkey.pub").toString()).start();
        String line = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return line.split(" ")[1];
    }

    public int port() {
        return port;
    }

    public Path privateKey() {
        return dir.resolve("client");
    }

    /** Stops the servers, as a device going away does. */
    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }
}
