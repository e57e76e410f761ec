package org.presto.itests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * Real HTTP client for the Presto RESTCONF / NRP API of a running distribution ({@code http://localhost:PORT/restconf/...}).
 * <p>
 * Plain Java ({@code java.net.http} and Jackson): used inside the Pax Exam container (where the probe imports Jackson
 * from the container) as well as by script tests outside it.
 */
public final class RestconfClient {

    /** System property carrying the Authorization header the client sends (Pax Exam passes it into Karaf). */
    public static final String AUTHORIZATION_PROPERTY = "presto.itests.authorization";
    /** System property carrying the HTTP port of the Karaf under test. */
    public static final String HTTP_PORT_PROPERTY = "presto.itests.httpPort";
    /** Karaf's default HTTP port (etc/org.ops4j.pax.web.cfg). */
    public static final int DEFAULT_HTTP_PORT = 8181;
    /** CXF servlet context of the distribution (etc/org.apache.cxf.osgi.cfg). */
    public static final String CONTEXT = "/restconf";
    /** The resource whose real JSON answer means "the API is ready". */
    public static final String READINESS_PATH = "data/tapi-common:context";
    /** How long {@link #awaitReady()} waits by default. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final String authorization;

    /**
     * @param authorization the Authorization header of every request (see {@link #basic}), null to send none
     */
    public RestconfClient(int port, String authorization) {
        this(URI.create("http://localhost:" + port + CONTEXT + "/"), HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), authorization);
    }

    /**
     * A client of the HTTPS port that trusts what {@code trust} trusts (e.g. the distribution's own certificate)
     * and checks the server's name as usual: {@code host} must be one the certificate names.
     */
    public static RestconfClient https(String host, int port, javax.net.ssl.SSLContext trust, String authorization) {
        return new RestconfClient(URI.create("https://" + host + ":" + port + CONTEXT + "/"), HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(trust)
                .build(), authorization);
    }

    private RestconfClient(URI base, HttpClient http, String authorization) {
        this.base = base;
        this.http = http;
        this.authorization = authorization;
    }

    /**
     * A client for the port given by the system property {@value #HTTP_PORT_PROPERTY} (default 8181), with the
     * credentials of {@value #AUTHORIZATION_PROPERTY}.
     */
    public static RestconfClient fromSystemProperties() {
        return new RestconfClient(Integer.getInteger(HTTP_PORT_PROPERTY, DEFAULT_HTTP_PORT),
                System.getProperty(AUTHORIZATION_PROPERTY));
    }

    /** The same server with other credentials (null: none). */
    public RestconfClient as(String otherAuthorization) {
        return new RestconfClient(base, http, otherAuthorization);
    }

    /** An HTTP Basic Authorization header (RFC 7617, UTF-8). */
    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The Authorization header this client sends, null if none. */
    public String authorization() {
        return authorization;
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public URI base() {
        return base;
    }

    public HttpClient httpClient() {
        return http;
    }

    /** Absolute URI of {@code path}, relative to {@code /restconf/} (a leading "/" is ignored). */
    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = request(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest request = request(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends raw bytes with the given headers (name, value, name, value...): for bodies that are not even text. The
     * client's credentials go along unless the headers carry an Authorization of their own.
     */
    public HttpResponse<String> sendBytes(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
        }
        HttpRequest.Builder request = (ownAuthorization ? HttpRequest.newBuilder(uri(path)) : request(uri(path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code path}, expect 200 and a JSON body, and return it parsed. */
    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + uri(path) + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Waits up to {@link #DEFAULT_READY_TIMEOUT} for {@link #READINESS_PATH}; see {@link #awaitReady(Duration)}. */
    public JsonNode awaitReady() throws InterruptedException {
        return awaitReady(DEFAULT_READY_TIMEOUT);
    }

    /**
     * Waits until GET {@code /restconf/data/tapi-common:context} answers 200 with a real, non-empty JSON document,
     * and returns it. A 200 is not enough: while CXF publishes an endpoint it briefly answers 200 with an empty body.
     *
     * @throws AssertionError with the last answer (or error) seen when the timeout expires
     */
    public JsonNode awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (true) {
            try {
                HttpResponse<String> response = get(READINESS_PATH);
                String body = response.body();
                if (response.statusCode() == 200 && body != null && !body.isBlank()) {
                    JsonNode json = parseOrNull(body);
                    if (json != null && json.isContainerNode() && json.size() > 0) {
                        return json;
                    }
                }
                last = "HTTP " + response.statusCode() + ": " + abbreviate(body);
            } catch (ConnectException | HttpTimeoutException e) {
                last = e.toString();
            } catch (IOException e) {
                last = e.toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("GET " + uri(READINESS_PATH) + " gave no JSON within " + timeout
                        + "; last answer: " + last);
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode parseOrNull(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "<no body>";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
