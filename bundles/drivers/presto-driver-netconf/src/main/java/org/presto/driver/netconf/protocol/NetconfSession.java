package org.presto.driver.netconf.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.w3c.dom.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One NETCONF session over SSH (RFC 6241, RFC 6242): the hello exchange, then one rpc at a time. Speaks NETCONF 1.1
 * (chunked framing) when the device does, else 1.0. A reply that does not come within the timeout closes the
 * session: a half-read stream cannot be trusted for the next rpc, so a broken session is never reused.
 */
public final class NetconfSession implements AutoCloseable {
    public static final String BASE_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";
    public static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    public static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
    private static final Logger LOG = LoggerFactory.getLogger(NetconfSession.class);
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.-]*)");

    private final ClientSession ssh;
    private final ClientChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final Duration timeout;
    private final ScheduledExecutorService watchdogs;
    private Framing framing = Framing.END_OF_MESSAGE;
    private Set<String> capabilities = Set.of();
    private String sessionId = "";
    private long messageId;
    private volatile boolean broken;

    /**
     * An SSH client that checks each device's host key against its endpoint's fingerprint. The caller starts it,
     * shares it among sessions and stops it.
     */
    public static SshClient newClient() {
        SshClient client = SshClient.setUpDefaultClient();
        // each session's key is checked against its own endpoint once the key exchange is done (see open)
        client.setServerKeyVerifier((session, address, key) -> true);
        return client;
    }

    private static boolean acceptable(NetconfEndpoint endpoint, PublicKey key) {
        String fingerprint = KeyUtils.getFingerPrint(key);
        if (endpoint.hostKeyFingerprint().isEmpty()) {
            if (endpoint.acceptAnyHostKey()) {
                LOG.warn("Accepting host key {} of {} unchecked (acceptAnyHostKey): configure its hostKeyFingerprint "
                        + "to insist on it", fingerprint, endpoint);
                return true;
            }
            LOG.error("{} offered host key {}; no hostKeyFingerprint is configured to check it against, so the "
                    + "connection is refused", endpoint, fingerprint);
            return false;
        }
        if (endpoint.hostKeyFingerprint().equals(fingerprint)) {
            return true;
        }
        LOG.error("{} offered host key {}, not the configured {}: refusing the connection", endpoint, fingerprint,
                endpoint.hostKeyFingerprint());
        return false;
    }

    private NetconfSession(ClientSession ssh, ClientChannel channel, Duration timeout,
            ScheduledExecutorService watchdogs) {
        this.ssh = ssh;
        this.channel = channel;
        this.in = channel.getInvertedOut();
        this.out = channel.getInvertedIn();
        this.timeout = timeout;
        this.watchdogs = watchdogs;
    }

    /**
     * Connects, logs in, starts the netconf subsystem and exchanges hellos.
     *
     * @param watchdogs where the timeout of each exchange is scheduled
     * @throws IOException when the device cannot be reached, refuses the login or does not speak NETCONF
     */
    public static NetconfSession open(SshClient client, NetconfEndpoint endpoint, Duration timeout,
            ScheduledExecutorService watchdogs) throws IOException {
        ClientSession ssh = client.connect(endpoint.username(), endpoint.host(), endpoint.port())
                .verify(timeout).getSession();
        try {
            // no credentials go out before the server proved to hold the expected host key
            ssh.waitFor(EnumSet.of(ClientSessionEvent.WAIT_AUTH, ClientSessionEvent.CLOSED), timeout);
            if (ssh.getServerKey() == null || !acceptable(endpoint, ssh.getServerKey())) {
                throw new IOException(ssh.getServerKey() == null ? "the SSH key exchange did not complete"
                        : endpoint.hostKeyFingerprint().isEmpty() ? "the device offered host key "
                        + KeyUtils.getFingerPrint(ssh.getServerKey()) + " and no hostKeyFingerprint is configured "
                        + "to check it: configure it (or acceptAnyHostKey for a lab)"
                        : "the host key " + KeyUtils.getFingerPrint(ssh.getServerKey())
                        + " is not the configured " + endpoint.hostKeyFingerprint());
            }
            if (!endpoint.password().isEmpty()) {
                ssh.addPasswordIdentity(endpoint.password());
            }
            if (endpoint.privateKey() != null) {
                ssh.setKeyIdentityProvider(new FileKeyPairProvider(endpoint.privateKey()));
            }
            try {
                ssh.auth().verify(timeout);
            } catch (IOException e) {
                throw new IOException("login as " + endpoint.username() + " refused: " + e.getMessage(), e);
            }
            ClientChannel channel = ssh.createSubsystemChannel("netconf");
            channel.open().verify(timeout);
            NetconfSession session = new NetconfSession(ssh, channel, timeout, watchdogs);
            session.exchangeHellos();
            return session;
        } catch (IOException | RuntimeException e) {
            ssh.close(true);
            throw e;
        }
    }

    private void exchangeHellos() throws IOException {
        String ours = "<hello xmlns=\"" + BASE_NS + "\"><capabilities><capability>" + BASE_1_0
                + "</capability><capability>" + BASE_1_1 + "</capability></capabilities></hello>";
        Element hello = Xml.parse(exchange(ours));
        if (!"hello".equals(hello.getLocalName()) || !BASE_NS.equals(hello.getNamespaceURI())) {
            throw new IOException("the device did not start with a NETCONF hello but with <" + hello.getTagName()
                    + ">");
        }
        Set<String> offered = new LinkedHashSet<>();
        Xml.child(hello, BASE_NS, "capabilities").ifPresent(list -> Xml.children(list, BASE_NS, "capability")
                .forEach(capability -> offered.add(capability.getTextContent().strip())));
        capabilities = Set.copyOf(offered);
        sessionId = Xml.text(hello, BASE_NS, "session-id").orElse("");
        if (capabilities.contains(BASE_1_1)) {
            framing = Framing.CHUNKED;
        } else if (!capabilities.contains(BASE_1_0)) {
            throw new IOException("the device speaks neither NETCONF 1.0 nor 1.1: " + capabilities);
        }
    }

    /**
     * Sends one message and reads the next; our hello goes out while the device's is read (both send theirs at
     * once), in the framing of the hellos.
     */
    private String exchange(String message) throws IOException {
        if (broken) {
            throw new IOException("the session is closed");
        }
        ScheduledFuture<?> watchdog = watchdogs.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        boolean done = false;
        try {
            Framing sending = framing;
            sending.write(out, message);
            String reply = sending.read(in);
            done = true;
            return reply;
        } catch (IOException e) {
            throw watchdog.isDone() ? new IOException("no answer within " + timeout.toMillis() + " ms", e) : e;
        } finally {
            watchdog.cancel(false);
            if (!done) {
                abort();
            }
        }
    }

    private void expire() {
        broken = true;
        channel.close(true);
    }

    /** Drops the connection at once, without a close-session: after a failure the stream cannot be trusted. */
    private void abort() {
        broken = true;
        channel.close(true);
        ssh.close(true);
    }

    /**
     * Sends one rpc and returns the reply.
     *
     * @param operation the operation element, e.g. {@code <get-config>...</get-config>}
     * @throws RpcException if the device answered with errors
     * @throws IOException if the session failed; it is closed then
     */
    public synchronized Element rpc(String operation) throws IOException, RpcException {
        long id = ++messageId;
        Element reply = Xml.parse(exchange("<rpc message-id=\"" + id + "\" xmlns=\"" + BASE_NS + "\">" + operation
                + "</rpc>"));
        if (!"rpc-reply".equals(reply.getLocalName()) || !BASE_NS.equals(reply.getNamespaceURI())
                || !Long.toString(id).equals(reply.getAttribute("message-id"))) {
            abort();
            throw new IOException("the device answered rpc " + id + " with <" + reply.getTagName()
                    + " message-id=\"" + reply.getAttribute("message-id") + "\">");
        }
        List<RpcError> errors = Xml.children(reply, BASE_NS, "rpc-error").stream().map(RpcError::of)
                .filter(RpcError::isError).toList();
        if (!errors.isEmpty()) {
            throw new RpcException(name(operation), errors);
        }
        return reply;
    }

    private static String name(String operation) {
        Matcher matcher = FIRST_ELEMENT.matcher(operation);
        return matcher.find() ? matcher.group(1) : "rpc";
    }

    /** What the device offers: base versions, datastores ({@code :candidate}), modules with their revisions. */
    public Set<String> capabilities() {
        return capabilities;
    }

    /** Whether the device offers a capability, e.g. {@code urn:ietf:params:netconf:capability:candidate:1.0}. */
    public boolean offers(String capabilityPrefix) {
        return capabilities.stream().anyMatch(capability -> capability.startsWith(capabilityPrefix));
    }

    public String sessionId() {
        return sessionId;
    }

    public boolean isOpen() {
        return !broken && channel.isOpen() && ssh.isOpen();
    }

    /** Ends the session politely when it still works, and closes the connection in any case. */
    @Override
    public synchronized void close() {
        if (!broken && channel.isOpen()) {
            broken = true;
            try {
                ScheduledFuture<?> watchdog = watchdogs.schedule(() -> channel.close(true), 1, TimeUnit.SECONDS);
                framing.write(out, "<rpc message-id=\"" + (++messageId) + "\" xmlns=\"" + BASE_NS
                        + "\"><close-session/></rpc>");
                framing.read(in);
                watchdog.cancel(false);
            } catch (IOException e) {
                LOG.debug("close-session failed; closing the connection anyway: {}", e.getMessage());
            }
        }
        abort();
    }
}
