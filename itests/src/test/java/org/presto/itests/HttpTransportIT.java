package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.Assume;
import org.junit.Test;

/**
 * The HTTP server as the network sees it, through the distribution: HTTPS with the key pair the first start makes, TLS
 * client certificates of a trusted authority as credentials, plain HTTP on loopback only (checked from another network
 * namespace, as another host would connect), request bodies that trickle in cut off in seconds while the API keeps
 * answering, and malformed requests answered 4xx in RFC 8040 form, without a class name and without a stack trace in
 * the log.
 */
public class HttpTransportIT extends DistributionScriptSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMESPACE = "presto-http-it";
    /** The host's end of the link to the namespace, and the namespace's (198.18.0.0/15, the test addresses). */
    private static final String HOST_ADDRESS = "198.18.250.1";
    private static final String PEER_ADDRESS = "198.18.250.2";
    private static final int SLOW_CLIENTS = 200;

    @Test
    public void httpsEverywherePlainHttpOnLoopbackAndNoClientHoldsTheServer() throws Exception {
        List<Integer> boot = new ArrayList<>();
        Thread poller = new Thread(() -> pollUntilReady(boot), "boot-poller");
        // client certificates of this authority are trusted (as the operator guide says), one of its names mapped
        TestCertificateAuthority authority = new TestCertificateAuthority(Files.createTempDirectory(
                karafHome.getParent(), "clients-ca-"), "presto-test-clients");
        authority.trustStore(karafHome.resolve("etc/presto-clients.p12"));
        String paxWeb = "etc/org.ops4j.pax.web.cfg";
        setCfg(paxWeb, "org.ops4j.pax.web.ssl.clientauth.wanted", "true");
        setCfg(paxWeb, "org.ops4j.pax.web.ssl.truststore", "${karaf.etc}/presto-clients.p12");
        setCfg(paxWeb, "org.ops4j.pax.web.ssl.truststore.type", "PKCS12");
        setCfg(paxWeb, "org.ops4j.pax.web.ssl.truststore.password", TestCertificateAuthority.password());
        setCfg("etc/org.presto.security.cfg", "certificateOperator", "orchestrator-1");
        poller.start();
        startKaraf();
        awaitRestconf();
        poller.join(120_000);
        // from the moment the API's guard answers, a client is told to come back (503) until the API is there: no
        // 404 for what exists (before the guard, for a moment, the bare server may answer anything)
        int guarded = boot.indexOf(503);
        if (guarded >= 0) {
            assertTrue("503 until ready: " + boot, boot.subList(guarded, boot.size()).stream()
                    .allMatch(status -> status == 503 || status == 401 || status == 200));
        }

        // the first start made a key pair, its password and its certificate, each readable by the owner only
        Path etc = karafHome.resolve("etc");
        for (String file : List.of("presto-tls.p12", "presto-tls.password", "presto-tls.crt")) {
            assertEquals(file, "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    etc.resolve(file))));
        }
        String tlsPassword = Files.readString(etc.resolve("presto-tls.password")).strip();
        assertTrue("the key pair's password is in no log", !Files.readString(karafLog()).contains(tlsPassword));

        // HTTPS, trusting the certificate alone and checking the host name (localhost is one it names)
        RestconfClient https = RestconfClient.https("localhost", httpsPort, trusting(etc.resolve("presto-tls.crt")),
                restconf.authorization());
        assertEquals(200, https.get("data/tapi-common:context/service-interface-point").statusCode());
        assertEquals(401, https.as(null).get("data/tapi-common:context").statusCode());

        clientCertificatesNameCallers(authority, etc.resolve("presto-tls.crt"));
        slowBodiesAreCutOffWhileTheApiAnswers();
        malformedRequestsAre4xxInRestconfForm();
        unpublishedIs503();
        seenFromAnotherHost(etc.resolve("presto-tls.crt"));
        stopKaraf();
    }

    /**
     * TLS client authentication, asked for but not required: a certificate of the trusted authority is a caller
     * with the roles its name is given (no Authorization header), one whose name is given none is refused 403, and
     * one of another authority gets nowhere; without a certificate the other schemes apply (checked above).
     */
    private void clientCertificatesNameCallers(TestCertificateAuthority authority, Path serverCertificate)
            throws Exception {
        RestconfClient orchestrator = RestconfClient.https("localhost", httpsPort, authority.client("orchestrator-1",
                serverCertificate), null);
        assertEquals(200, orchestrator.get("data/tapi-common:context/service-interface-point").statusCode());
        HttpResponse<String> delete = orchestrator.send("POST", "operations/delete-connectivity-service",
                "{\"input\": {\"service-id-or-name\": \"no-such-service\"}}");
        assertEquals("an operator may delete (there is nothing to): " + delete.body(), 404, delete.statusCode());
        String lock = "{\"input\": {\"sip-id-or-name\": \"pe2-uni-1\", \"state\": \"LOCKED\"}}";
        HttpResponse<String> notAdmin = orchestrator.send("POST", "operations/update-service-interface-point", lock);
        assertEquals(notAdmin.body(), 403, notAdmin.statusCode());
        assertTrue(notAdmin.body(), notAdmin.body().contains("orchestrator-1 holds the roles operator;"));

        RestconfClient stranger = RestconfClient.https("localhost", httpsPort, authority.client("stranger",
                serverCertificate), null);
        assertEquals(403, stranger.get("data/tapi-common:context").statusCode());

        TestCertificateAuthority other = new TestCertificateAuthority(Files.createTempDirectory(
                karafHome.getParent(), "other-ca-"), "someone-else");
        RestconfClient forged = RestconfClient.https("localhost", httpsPort, other.client("orchestrator-1",
                serverCertificate), null);
        try {
            HttpResponse<String> answer = forged.get("data/tapi-common:context");
            assertEquals("a certificate of an authority not trusted: " + answer.body(), 401, answer.statusCode());
        } catch (IOException refusedInTheHandshake) {
            // as expected: the server's trust manager refused the chain
        }
    }

    /** From a network namespace linked to this host: HTTPS answers, plain HTTP and SSH are not there at all. */
    private void seenFromAnotherHost(Path certificate) throws Exception {
        Assume.assumeTrue("network namespaces need root", "root".equals(System.getProperty("user.name")));
        try {
            sh("ip netns add " + NAMESPACE);
            sh("ip link add prhttp0 type veth peer name prhttp1 netns " + NAMESPACE);
            sh("ip addr add " + HOST_ADDRESS + "/30 dev prhttp0 && ip link set prhttp0 up");
            sh("ip -n " + NAMESPACE + " addr add " + PEER_ADDRESS + "/30 dev prhttp1 && ip -n " + NAMESPACE
                    + " link set prhttp1 up && ip -n " + NAMESPACE + " link set lo up");
            String curl = "ip netns exec " + NAMESPACE + " curl -s -o /dev/null -w '%{http_code}' --max-time 10 ";
            ProcessResult overTls = sh(curl + "--cacert " + certificate + " --resolve localhost:" + httpsPort + ":"
                    + HOST_ADDRESS + " -u " + API_USER + ":" + apiPassword + " https://localhost:" + httpsPort
                    + "/restconf/data/tapi-common:context/service-interface-point");
            assertEquals(overTls.output, "200", overTls.output.strip());
            ProcessResult plain = run(karafHome, Duration.ofSeconds(30), null, "sh", "-c", curl + "http://"
                    + HOST_ADDRESS + ":" + httpPort + "/restconf/data/tapi-common:context");
            // curl's exit code 7: the connection was refused, nothing listens there
            assertEquals("plain HTTP from the network: " + plain.output, 7, plain.exitCode);
            // nor does the console's SSH server (etc/org.apache.karaf.shell.cfg: loopback only)
            ProcessResult ssh = run(karafHome, Duration.ofSeconds(30), null, "ip", "netns", "exec", NAMESPACE,
                    "timeout", "5", "bash", "-c", "</dev/tcp/" + HOST_ADDRESS + "/" + sshPort);
            assertTrue("SSH from the network: " + ssh.output, ssh.exitCode != 0
                    && ssh.output.contains("refused"));
        } finally {
            run(karafHome, Duration.ofSeconds(30), null, "sh", "-c", "ip link del prhttp0; ip netns del "
                    + NAMESPACE);
        }
    }

    /**
     * {@value #SLOW_CLIENTS} connections each announce a body and send a byte of it every 3 s, which once held a
     * request thread each for as long as they liked; now each is answered 408 or disconnected within seconds, and
     * a reader probing all the while is served every time. Nothing was created.
     */
    private void slowBodiesAreCutOffWhileTheApiAnswers() throws Exception {
        int servicesBefore = services();
        List<Socket> slow = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Integer> probes = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                try {
                    probes.add(restconf.get("data/tapi-common:context/service-interface-point").statusCode());
                    Thread.sleep(250);
                } catch (Exception e) {
                    probes.add(-1);
                }
            }
        }, "probe");
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", httpPort), 5000);
                socket.setSoTimeout(1);
                socket.getOutputStream().write(("POST /restconf/operations/tapi-connectivity:create-connectivity-"
                        + "service HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + restconf.authorization()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{").getBytes(
                                StandardCharsets.US_ASCII));
                slow.add(socket);
                answers.add(null);
            }
            prober.start();
            for (int round = 0; round < 60 && answers.contains(null); round++) {
                for (int i = 0; i < slow.size(); i++) {
                    if (answers.get(i) == null) {
                        answers.set(i, trickle(slow.get(i), round % 3 == 2));
                    }
                }
                Thread.sleep(1000);
            }
        } finally {
            probing.set(false);
            prober.join(60_000);
            for (Socket socket : slow) {
                socket.close();
            }
        }
        // each is answered 408 (an RFC 8040 error) or, when the request threads ran low and the server shortened
        // its idle timeout, disconnected; none is still holding a thread
        for (String answer : answers) {
            assertTrue("each slow body is cut off: " + answer, answer != null && (answer.startsWith("closed")
                    || answer.startsWith("HTTP/1.1 408") && answer.contains("ietf-restconf:errors")));
        }
        assertTrue("some are told why", answers.stream().filter(a -> a.startsWith("HTTP/1.1 408")).count() > 0);
        assertTrue("a reader is served while the slow bodies come: " + probes, !probes.isEmpty()
                && probes.stream().allMatch(status -> status == 200));
        assertEquals("nothing was created", servicesBefore, services());
        List<String> traces = Files.readAllLines(karafLog()).stream().filter(line -> line.contains("ERROR")
                || line.startsWith("\tat ")).limit(20).toList();
        assertTrue("no error and no stack trace for a slow client: " + String.join("\n", traces),
                traces.isEmpty());
    }

    /**
     * Requests the HTTP server or CXF once answered with a 500 naming a Java class, or with an HTML page: each is now
     * a 4xx as RFC 8040 writes errors; and clients that go away mid-body, which once left long ERROR traces that
     * could roll the log over. Nothing is logged as an error.
     */
    private void malformedRequestsAre4xxInRestconfForm() throws Exception {
        String auth = "Authorization: " + restconf.authorization() + "\r\n";
        String sips = "POST /restconf/operations/tapi-common:get-service-interface-point-list HTTP/1.1\r\n";
        String context = "GET /restconf/data/tapi-common:context HTTP/1.1\r\n";
        List<List<String>> requests = List.of(
                List.of("400", context + "Host: a b c\r\n" + auth + "\r\n"),
                List.of("400", context + "Host: [::1\r\n" + auth + "\r\n"),
                List.of("415", sips + "Host: localhost\r\n" + auth + "Content-Type: application/json; "
                        + "charset=x-unknown\r\nContent-Length: 2\r\n\r\n{}"),
                List.of("400", sips + "Host: localhost\r\n" + auth + "Content-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"),
                List.of("400", "BLAH\r\n\r\n"),
                List.of("400", context + "Host: localhost\r\nX: \u0001\r\n\r\n"));
        for (List<String> request : requests) {
            String answer = exchange(request.get(1));
            String what = request.get(1).replaceAll("\\p{Cntrl}", "|") + " -> " + answer;
            assertTrue(what, answer.startsWith("HTTP/1.1 " + request.get(0)));
            assertTrue(what, answer.contains("Content-Type: application/yang-data+json")
                    && answer.contains("{\"ietf-restconf:errors\""));
            assertTrue(what, !answer.contains("java.") && !answer.contains("Exception") && !answer.contains("<"));
        }
        // requests whose clients go away in the middle of their bodies (a reset, as a killed client leaves them)
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", httpPort), 5000);
                socket.getOutputStream().write((sips + "Host: localhost\r\n" + auth + "Content-Type: "
                        + "application/json\r\nContent-Length: 4000\r\n\r\n{\"input\": {").getBytes(
                                StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(50);
                socket.setSoLinger(true, 0);
            }
        }
        Thread.sleep(1000);
        List<String> errors = Files.readAllLines(karafLog()).stream().filter(line -> line.contains("ERROR")
                || line.startsWith("\tat ")).limit(20).toList();
        assertTrue("nothing logged as an error: " + String.join("\n", errors), errors.isEmpty());
    }

    /** While the API is not published (here: the core it needs stopped), its paths answer 503 with Retry-After. */
    private void unpublishedIs503() throws Exception {
        client("bundle:stop presto-core");
        try {
            java.net.http.HttpResponse<String> answer = restconf.get("data/tapi-common:context");
            assertEquals(answer.body(), 503, answer.statusCode());
            assertEquals("5", answer.headers().firstValue("Retry-After").orElse(null));
            assertTrue(answer.body(), answer.body().contains("\"error-tag\":\"resource-denied\""));
        } finally {
            client("bundle:start presto-core");
        }
        awaitRestconf();
    }

    /** Sends raw bytes to the plain HTTP connector and returns what comes back until the server closes or pauses. */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", httpPort), 5000);
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("\"ietf-restconf:errors\"")
                            && answer.toString(StandardCharsets.UTF_8).endsWith("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException paused) {
                // a kept-alive connection: what came is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Polls the plain connector every 100 ms from before the start until the API answers 401 or 200. */
    private void pollUntilReady(List<Integer> statuses) {
        long deadline = System.currentTimeMillis() + 120_000;
        RestconfClient anonymous = restconf.as(null);
        while (System.currentTimeMillis() < deadline) {
            int status;
            try {
                status = anonymous.get("data/tapi-common:context").statusCode();
            } catch (Exception notListening) {
                status = 0;
            }
            if (status != 0) {
                synchronized (statuses) {
                    statuses.add(status);
                }
            }
            if (status == 401 || status == 200) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Unless the server has answered (then returns the answer), sends one more byte of the body if asked. */
    private static String trickle(Socket socket, boolean send) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            int n = in.read(buffer);
            if (n < 0) {
                return "closed without an answer";
            }
            return new String(buffer, 0, n, StandardCharsets.UTF_8);
        } catch (java.net.SocketTimeoutException nothingYet) {
            if (!send) {
                return null;
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException closed) {
                return "closed without an answer: " + closed.getMessage();
            }
            return null;
        }
    }

    private int services() throws Exception {
        JsonNode list = JSON.readTree(restconf.send("POST", "operations/get-connectivity-service-list", "{}").body());
        return list.path("output").path("service").size();
    }

    private ProcessResult sh(String command) throws Exception {
        ProcessResult result = run(karafHome, Duration.ofSeconds(30), null, "sh", "-c", command);
        result.requireSuccess(command);
        return result;
    }

    /** An SSL context that trusts the one certificate in a PEM file. */
    static SSLContext trusting(Path pem) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers(pem).getTrustManagers(), null);
        return context;
    }

    /** Trust managers that trust the one certificate in a PEM file. */
    static TrustManagerFactory trustManagers(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            store.setCertificateEntry("presto", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        return trust;
    }
}
