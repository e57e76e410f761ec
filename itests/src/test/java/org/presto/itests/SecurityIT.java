package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.After;
import org.junit.Test;

/**
 * Nobody unauthenticated gets in, and each role does what it may and no more, through the distribution: every path
 * of the API without credentials, with a wrong password, with each role by HTTP Basic (Karaf's realm), and with
 * OAuth 2.0 access tokens a real OAuth 2.0 / OpenID Connect server (mock-oauth2-server, in this JVM) issues at its
 * token endpoint for the client credentials grant: valid, of too small a scope, expired, for another audience,
 * tampered with. Every refusal is a 401 (with the schemes' challenges) or a 403, as an RFC 8040 error, and changes
 * nothing.
 */
public class SecurityIT extends DistributionScriptSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER_ID = "operations";
    private static final String BASIC_CHALLENGE = "Basic realm=\"presto\", charset=\"UTF-8\"";
    private static final List<String> RPCS = List.of("get-service-interface-point-list",
            "get-service-interface-point-details", "update-service-interface-point", "get-topology-list",
            "get-topology-details", "get-node-details", "get-node-edge-point-details", "get-link-details",
            "create-connectivity-service", "update-connectivity-service", "delete-connectivity-service",
            "get-connectivity-service-list", "get-connectivity-service-details", "get-connection-details",
            "compute-p-2-p-path", "optimize-p-2-p-path", "delete-p-2-p-path");

    private MockOAuth2Server issuer;

    @After
    public void stopIssuer() {
        if (issuer != null) {
            issuer.shutdown();
        }
    }

    @Test
    public void everyPathNeedsCredentialsAndEachRoleItsOwn() throws Exception {
        issuer = new MockOAuth2Server();
        issuer.start();
        setCfg("etc/org.presto.security.cfg", "issuer", issuer.issuerUrl(ISSUER_ID).toString());
        setCfg("etc/org.presto.security.cfg", "audience", "presto");
        setCfg("etc/org.presto.security.cfg", "jwksUrl", issuer.jwksUrl(ISSUER_ID).toString());
        String viewerPassword = randomSecret();
        String operatorPassword = randomSecret();
        String nobodyPassword = randomSecret();
        addApiUser("viewer-1", viewerPassword, "viewer");
        addApiUser("operator-1", operatorPassword, "operator");
        addApiUser("nobody-1", nobodyPassword);
        setCfg("etc/org.presto.api.cfg", "requestsPerSecond", "20");
        setCfg("etc/org.presto.api.cfg", "burst", "40");
        setCfg("etc/org.presto.api.cfg", "failedLoginsPerMinute", "10");
        Path viewerKey = installShellKey("shell-viewer", "viewer,ssh");
        Path operatorKey = installShellKey("shell-operator", "operator,ssh");
        startKaraf();
        awaitRestconf();
        Map<String, String> sips = new NrpRequests(restconf).sipsByName();
        String eLine = NrpRequests.eLine(sips.get("pe1-uni-1"), 100, sips.get("pe3-uni-1"), 100);
        JsonNode before = restconf.getJson("data/tapi-common:context");

        RestconfClient anonymous = restconf.as(null);
        // the short public list: the API's document and the try-it page, which hold nothing of the network
        for (String document : List.of("openapi.json", "ui/", "ui/index.html")) {
            assertEquals(document, 200, anonymous.get(document).statusCode());
        }
        for (String[] call : everyPath()) {
            HttpResponse<String> answer = anonymous.send(call[0], call[1], call[2]);
            String what = call[0] + " /restconf/" + call[1] + ": " + answer.body();
            assertEquals(what, 401, answer.statusCode());
            List<String> challenges = answer.headers().allValues("WWW-Authenticate");
            assertEquals(what, List.of(BASIC_CHALLENGE, "Bearer realm=\"presto\""), challenges);
            assertEquals(what, "access-denied", error(answer).path("error-tag").asText());
        }
        for (String header : List.of(RestconfClient.basic(API_USER, "not-the-password"),
                RestconfClient.basic("no-such-user", "x"), "Digest username=\"x\"", "Basic ***", "Bearer")) {
            HttpResponse<String> answer = restconf.as(header).send("POST", "operations/create-connectivity-service",
                    eLine);
            assertEquals(header + ": " + answer.body(), 401, answer.statusCode());
        }

        // HTTP Basic, each role
        RestconfClient viewer = restconf.as(RestconfClient.basic("viewer-1", viewerPassword));
        assertEquals(200, viewer.get("data/tapi-common:context").statusCode());
        assertEquals(200, viewer.send("POST", "operations/get-service-interface-point-list", null).statusCode());
        assertForbidden(viewer.send("POST", "operations/create-connectivity-service", eLine), "needs operator");
        assertForbidden(restconf.as(RestconfClient.basic("nobody-1", nobodyPassword)).get("data/context"),
                "no Presto role");
        RestconfClient operator = restconf.as(RestconfClient.basic("operator-1", operatorPassword));
        String sipLock = "{\"input\": {\"sip-id-or-name\": \"pe2-uni-1\", \"state\": \"LOCKED\"}}";
        assertForbidden(operator.send("POST", "operations/update-service-interface-point", sipLock), "needs admin");
        assertEquals(before, restconf.getJson("data/tapi-common:context"));
        String service = created(operator.send("POST", "operations/create-connectivity-service", eLine));
        assertEquals(200, operator.send("POST", "operations/delete-connectivity-service",
                NrpRequests.serviceIdInput(service)).statusCode());
        assertEquals(204, restconf.send("POST", "operations/update-service-interface-point", sipLock)
                .statusCode());
        restconf.send("POST", "operations/update-service-interface-point", sipLock.replace("LOCKED", "UNLOCKED"));

        // OAuth 2.0 bearer tokens from the issuer's token endpoint
        RestconfClient orchestrator = restconf.as("Bearer " + token("presto:operator", "presto", 300));
        service = created(orchestrator.send("POST", "operations/create-connectivity-service", eLine));
        assertEquals(200, orchestrator.send("POST", "operations/delete-connectivity-service",
                NrpRequests.serviceIdInput(service)).statusCode());
        RestconfClient dashboard = restconf.as("Bearer " + token("presto:viewer", "presto", 300));
        assertEquals(200, dashboard.get("data/context").statusCode());
        assertForbidden(dashboard.send("POST", "operations/create-connectivity-service", eLine), "needs operator");
        String valid = token("presto:operator", "presto", 300);
        assertInvalidToken(token("presto:operator", "presto", -300), "Expired", eLine);
        assertInvalidToken(token("presto:operator", "another-service", 300), "aud claim rejected", eLine);
        assertInvalidToken(withScope(valid, "presto:admin"), "signature", eLine);
        assertInvalidToken("not-a-jwt", "not a JWT", eLine);
        // a body must say it is JSON: what a web page can make a browser send unasked (no type, a form, text) and
        // wildcards are 415, even from an admin
        byte[] bytes = eLine.getBytes(StandardCharsets.UTF_8);
        assertEquals(415, restconf.sendBytes("POST", "operations/create-connectivity-service", bytes).statusCode());
        for (String type : List.of("*/*", "application/*", "text/plain", "application/x-www-form-urlencoded")) {
            assertEquals(type, 415, restconf.sendBytes("POST", "operations/create-connectivity-service", bytes,
                    "Content-Type", type).statusCode());
        }
        // terminal escapes and line breaks in any text of a request: 400, so none reaches a console or the log
        HttpResponse<String> escape = restconf.send("POST", "operations/create-connectivity-service",
                eLine.replace("{\"input\":{", "{\"input\":{\"name\": [{\"value-name\": \"n\", \"value\": "
                        + "\"evil\\u001b[2J\\r\\nINFO fake\"}], "));
        assertEquals(escape.body(), 400, escape.statusCode());
        assertTrue(escape.body(), error(escape).path("error-message").asText().contains("control characters"));
        // a body past 1 MiB: refused when it says so, cut off when it does not (chunked); both 413
        byte[] large = ("{\"input\": {\"name\": [{\"value-name\": \"x\", \"value\": \"" + "x".repeat(2 << 20)
                + "\"}]}}").getBytes(StandardCharsets.UTF_8);
        assertEquals(413, restconf.sendBytes("POST", "operations/create-connectivity-service", large,
                "Content-Type", "application/json").statusCode());
        HttpResponse<String> chunked = restconf.httpClient().send(HttpRequest.newBuilder(
                restconf.uri("operations/create-connectivity-service"))
                .header("Authorization", restconf.authorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(chunked.body(), 413, chunked.statusCode());
        assertEquals("too-big", error(chunked).path("error-tag").asText());
        assertEquals("nothing refused changed anything", before, restconf.getJson("data/tapi-common:context"));

        // the shell: the same roles, by Karaf's command ACLs (etc/org.apache.karaf.command.acl.presto.cfg)
        assertEquals(0, clientAs("shell-viewer", viewerKey, "presto:service-list").exitCode);
        String lock = "presto:sip-state pe2-uni-1 LOCKED";
        // a command a user may not run is one it does not have
        for (String refused : List.of("presto:path-compute pe1-uni-1 pe3-uni-1", lock)) {
            ProcessResult viewerRun = clientAs("shell-viewer", viewerKey, refused);
            assertTrue(viewerRun.output, viewerRun.exitCode != 0 && viewerRun.output.contains("Command not found"));
        }
        ProcessResult compute = clientAs("shell-operator", operatorKey, "presto:path-compute pe1-uni-1 pe3-uni-1");
        assertEquals(compute.output, 0, compute.exitCode);
        ProcessResult operatorLock = clientAs("shell-operator", operatorKey, lock);
        assertTrue(operatorLock.output, operatorLock.exitCode != 0
                && operatorLock.output.contains("Command not found"));
        JsonNode pe2 = new NrpRequests(restconf).rpc("get-service-interface-point-details",
                "{\"input\": {\"sip-id-or-name\": \"pe2-uni-1\"}}", 200);
        assertEquals("UNLOCKED", pe2.path("output").path("sip").path("administrative-state").asText());
        limits(viewer);
        stopKaraf();
    }

    /**
     * One caller beyond its share (20 a second, 40 at once here) gets 429 with Retry-After while another is served;
     * an address whose credentials were refused too often (10 a minute here, 7 of them spent above) gets 429 for
     * everything, right credentials too, until the minute is over.
     */
    private void limits(RestconfClient viewer) throws Exception {
        // 100 at once, so that the refill while they arrive is small whatever the machine's speed
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(viewer.httpClient().sendAsync(HttpRequest.newBuilder(viewer.uri(
                    "data/context/service-interface-point")).header("Authorization", viewer.authorization()).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> burst = new ArrayList<>();
        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> call : calls) {
            burst.add(call.get());
        }
        HttpResponse<String> limited = burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
                () -> new AssertionError("100 requests at once, none limited"));
        assertTrue(burst.stream().filter(r -> r.statusCode() == 200).count() >= 40);
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals("resource-denied", error(limited).path("error-tag").asText());
        assertEquals(200, restconf.get("data/context/service-interface-point").statusCode());

        RestconfClient guesser = restconf.as(RestconfClient.basic(API_USER, "guess"));
        int guesses = 0;
        HttpResponse<String> answer = guesser.get("data/context");
        while (answer.statusCode() == 401) {
            assertTrue("still guessing after " + guesses + " refusals", ++guesses <= 10);
            answer = guesser.get("data/context");
        }
        assertEquals(answer.body(), 429, answer.statusCode());
        assertTrue(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals("right credentials from the same address wait too", 429,
                restconf.get("data/context").statusCode());
    }

    /**
     * The distribution ships no user: the first start makes one administrator, whose password only the file's owner
     * can read and no log line holds; the realm keeps only its Argon2 hash.
     */
    @Test
    public void theFirstStartMakesOneAdministratorWithASecretPassword() throws Exception {
        Path users = karafHome.resolve("etc/users.properties");
        // the users.properties as shipped: this test's own API user taken out again
        Files.write(users, Files.readAllLines(users).stream().filter(line -> !line.startsWith(API_USER)).toList());
        setCfg("etc/org.presto.security.login.cfg", "lockSeconds", "3");
        startKaraf();
        Path file = karafHome.resolve("etc/presto-admin.password");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isRegularFile(file)) {
            assertTrue("no " + file + " after the first start", System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        assertTrue(password, password.length() >= 32);
        restconf = restconf.as(RestconfClient.basic("admin", password));
        awaitRestconf();
        assertEquals(204, restconf.send("POST", "operations/update-service-interface-point",
                "{\"input\": {\"sip-id-or-name\": \"pe2-uni-1\", \"state\": \"UNLOCKED\"}}").statusCode());
        assertEquals(401, restconf.as(RestconfClient.basic("admin", password + "x")).get("data/context")
                .statusCode());
        String realm = Files.readString(users);
        assertTrue(realm, realm.contains("admin = {CRYPT}") && !realm.contains(password));
        assertTrue("the password is in no log", !Files.readString(karafLog()).contains(password));
        // etc/ and data/ are their owner's only, and the JVM has a heap limit (bin/setenv)
        for (Path owned : List.of(users, karafHome.resolve("etc/org.presto.security.cfg"), karafLog())) {
            assertEquals(owned.toString(), "rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(owned)));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                karafHome.resolve("data"))));
        String[] arguments = Files.readString(Path.of("/proc/" + karafPid() + "/cmdline")).split("\0");
        assertEquals(1, java.util.Arrays.stream(arguments).filter(a -> a.startsWith("-Xmx")).count());
        assertTrue(List.of(arguments).contains("-Xmx1g"));
        // every write is in the audit trail, refused ones with their reason, and the trail outlives a restart
        assertEquals(404, restconf.send("POST", "operations/tapi-common:update-service-interface-point",
                "{\"input\": {\"sip-id-or-name\": \"no-such-sip\", \"state\": \"LOCKED\"}}").statusCode());
        assertEquals(401, restconf.as(null).send("POST", "operations/delete-connectivity-service",
                "{\"input\": {\"service-id-or-name\": \"evc-x\"}}").statusCode());
        client("presto:sip-state pe2-uni-1 LOCKED");
        restartKaraf();
        assertEquals("a restart keeps the administrator and makes no other", password,
                Files.readString(file).strip());
        JsonNode trail = JSON.readTree(client("presto:audit --json"));
        assertAudit(trail, SHELL_USER, "shell", "presto:sip-state", "pe2-uni-1", "SUCCESS", null);
        // refused before its body was read: what it was about is not known, who and what are
        assertAudit(trail, "anonymous", "rest", "delete-connectivity-service", null, "REFUSED",
                "authentication needed");
        assertAudit(trail, "admin", "rest", "update-service-interface-point", "no-such-sip", "REFUSED",
                "no-such-sip");
        assertAudit(trail, "admin", "rest", "update-service-interface-point", "pe2-uni-1", "SUCCESS", null);
        assertEquals("reads are not writes", 4, trail.size());
        JsonNode refused = JSON.readTree(client("presto:audit --json --outcome refused --user admin"));
        assertEquals(1, refused.size());
        String log = Files.readString(karafLog());
        assertTrue("a refusal is logged once with its reason", log.contains("update-service-interface-point "
                + "no-such-sip by admin (rest 127.0.0.1) refused: "));
        passwordGuessesLockTheUserForAWhile();
        stopKaraf();
    }

    /**
     * Five wrong passwords in a row, over SSH and HTTP Basic alike (one realm), and the user's logins are refused
     * for a while (3 s here), the right password too; then the right password works again.
     */
    private void passwordGuessesLockTheUserForAWhile() throws Exception {
        String user = "console-1";
        String password = randomSecret();
        addApiUser(user, password, "viewer", "ssh");
        assertEquals(0, clientWithPassword(user, password, "version").exitCode);
        for (int i = 0; i < 4; i++) {
            assertTrue("a wrong password", clientWithPassword(user, "wrong-" + i, "version").exitCode != 0);
        }
        assertEquals(401, restconf.as(RestconfClient.basic(user, "wrong-4")).get("data/context").statusCode());
        assertTrue("locked over SSH", clientWithPassword(user, password, "version").exitCode != 0);
        assertEquals("locked over HTTP", 401, restconf.as(RestconfClient.basic(user, password)).get("data/context")
                .statusCode());
        assertTrue(Files.readString(karafLog()).contains("Logins of '" + user + "' refused for 3 s: too many wrong "
                + "passwords in a row"));
        long deadline = System.currentTimeMillis() + 30_000;
        ProcessResult login;
        while ((login = clientWithPassword(user, password, "version")).exitCode != 0) {
            assertTrue("still locked after 30 s: " + login.output, System.currentTimeMillis() < deadline);
            Thread.sleep(500);
        }
        assertEquals(200, restconf.as(RestconfClient.basic(user, password)).get("data/context").statusCode());
    }

    /**
     * Every kind of path but the public documents: the root, discovery, each datastore, every RPC, a delete, none
     * at all.
     */
    private static List<String[]> everyPath() {
        List<String[]> calls = new ArrayList<>();
        for (String path : List.of("", "yang-library-version", "operations", "yang/nrp-interface.yang",
                "data/tapi-common:context", "data/context/service-interface-point",
                "operational/tapi-common:context/tapi-topology:topology", "config/tapi-common:context",
                "data/ietf-yang-library:yang-library", "services", "no-such-path")) {
            calls.add(new String[] {"GET", path, null});
        }
        for (String rpc : RPCS) {
            calls.add(new String[] {"POST", "operations/" + rpc, "{\"input\": {}}"});
        }
        calls.add(new String[] {"POST", "operations/tapi-connectivity:create-connectivity-service", "{}"});
        calls.add(new String[] {"DELETE", "data/context/connectivity-service=x", null});
        calls.add(new String[] {"PUT", "data/context", "{}"});
        return calls;
    }

    private static JsonNode error(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).path("ietf-restconf:errors").path("error").path(0);
    }

    private static void assertForbidden(HttpResponse<String> answer, String because) throws Exception {
        assertEquals(answer.body(), 403, answer.statusCode());
        assertEquals("access-denied", error(answer).path("error-tag").asText());
        assertTrue(answer.body(), error(answer).path("error-message").asText().contains(because));
    }

    private void assertInvalidToken(String token, String because, String body) throws Exception {
        HttpResponse<String> answer = restconf.as("Bearer " + token).send("POST",
                "operations/create-connectivity-service", body);
        assertEquals(answer.body(), 401, answer.statusCode());
        String bearer = answer.headers().allValues("WWW-Authenticate").stream()
                .filter(challenge -> challenge.startsWith("Bearer")).findFirst().orElseThrow();
        assertTrue(bearer, bearer.contains("error=\"invalid_token\"") && bearer.contains(because));
    }

    private static String created(HttpResponse<String> answer) throws Exception {
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body()).path("output").path("service").path("uuid").asText();
    }

    /**
     * An access token from the issuer's token endpoint, as an orchestrator gets one: the client credentials grant
     * (RFC 6749 4.4), for a scope; the issuer is told the audience and lifetime to put in it.
     */
    private String token(String scope, String audience, long lifetimeSeconds) throws Exception {
        issuer.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "orchestrator-1", "JWT", List.of(audience),
                Map.of("scope", scope), lifetimeSeconds));
        String form = "grant_type=client_credentials&client_id=orchestrator-1&client_secret=s3cret&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(issuer.tokenEndpointUrl(ISSUER_ID).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    /** The token with another scope in its payload and its signature kept: what a forger would try. */
    private static String withScope(String token, String scope) throws Exception {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("scope", scope);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                JSON.writeValueAsBytes(payload)) + "." + parts[2];
    }

    /** The trail (newest first) holds a record of these, the reason containing {@code reason} (null: none). */
    private static void assertAudit(JsonNode trail, String user, String channel, String operation, String target,
            String outcome, String reason) {
        for (JsonNode record : trail) {
            if (record.path("user").asText().equals(user) && record.path("channel").asText().equals(channel)
                    && record.path("operation").asText().equals(operation)
                    && (target == null ? record.path("target").isNull()
                            : record.path("target").asText().equals(target))
                    && record.path("outcome").asText().equals(outcome)
                    && (reason == null ? record.path("reason").isNull()
                            : record.path("reason").asText().contains(reason))) {
                return;
            }
        }
        throw new AssertionError("no audit record " + user + " " + channel + " " + operation + " " + target + " "
                + outcome + " in " + trail.toPrettyString());
    }
}
