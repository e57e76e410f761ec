package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import org.presto.core.AuditTrail;
import org.presto.store.AuditRecord;

/**
 * Records every write the API answers in the audit trail: who (the authenticated caller, else {@code anonymous}),
 * from where, what (the RPC, or the method and data path), of what (the service, SIP or path the request names, or
 * the one it created) and how it ended (the RESTCONF error's message when refused or failed). Reads are not
 * recorded, nor answers to requests beyond the caller's rate (429), which cost nothing and could flood the trail.
 */
final class AuditFilter implements ContainerResponseFilter, ReaderInterceptor {
    /** Request property: the name of the caller its credentials proved, set before roles are checked. */
    static final String CALLER = "org.presto.api.caller";
    private static final String BODY = "org.presto.api.body";
    /** Members of an RPC's input that name what it is about, in the order they are looked for. */
    private static final List<String> TARGET_MEMBERS = List.of("service-id-or-name", "sip-id-or-name",
            "path-id-or-name", "uuid");

    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Clock clock;

    /** The servlet request of the current call: CXF injects a proxy to the thread's own. */
    @Context
    private HttpServletRequest servlet;

    AuditFilter(AuditTrail trail, ObjectMapper json, Clock clock) {
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the body an operation read (RPC bodies are read whole, as bytes) to find its target afterwards. */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body instanceof byte[]) {
            context.setProperty(BODY, body);
        }
        return body;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        if (!isWrite(method, path) || status == 429) {
            return;
        }
        AuditRecord.Outcome outcome = status < 400 ? AuditRecord.Outcome.SUCCESS
                : status < 500 ? AuditRecord.Outcome.REFUSED : AuditRecord.Outcome.FAILED;
        Object caller = request.getProperty(CALLER);
        String rpc = rpcName(path);
        String operation = rpc != null ? rpc : method + " " + path;
        // only an answer with a body is looked into (asking CXF for the entity of a 204 turns it into a 200)
        Object answer = response.hasEntity() ? response.getEntity() : null;
        String target = rpc != null ? target(request.getProperty(BODY), answer) : path;
        trail.record(new AuditRecord(0, clock.instant(), caller == null ? "anonymous" : caller.toString(), "rest",
                servlet == null ? null : servlet.getRemoteAddr(), operation, target, outcome,
                outcome == AuditRecord.Outcome.SUCCESS ? null : errorMessage(answer, status)));
    }

    /** Every request that may change something: what is not a read of data or discovery, nor a get- RPC. */
    static boolean isWrite(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        String rpc = rpcName(path);
        return rpc == null || !rpc.startsWith("get-");
    }

    /** The RPC a path of operations/ names, without its module; null for any other path. */
    private static String rpcName(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.startsWith("operations/")) {
            return null;
        }
        String rpc = relative.substring("operations/".length());
        return rpc.substring(rpc.indexOf(':') + 1);
    }

    /** What the input names (a service, a SIP, a path), else the uuid of what the output holds (a new service). */
    private String target(Object body, Object answer) {
        JsonNode input = member(parse(body), "input");
        for (String name : TARGET_MEMBERS) {
            JsonNode value = input.path(name);
            if (value.isValueNode()) {
                return value.asText();
            }
        }
        JsonNode output = member(parse(answer), "output");
        if (output.path("uuid").isValueNode()) {
            return output.path("uuid").asText();
        }
        for (Map.Entry<String, JsonNode> field : output.properties()) {
            JsonNode uuid = field.getValue().path("uuid");
            if (uuid.isValueNode()) {
                return uuid.asText();
            }
        }
        return null;
    }

    /** The error-message of an RFC 8040 error answer, else the status. */
    private String errorMessage(Object answer, int status) {
        JsonNode message = parse(answer).path("ietf-restconf:errors").path("error").path(0).path("error-message");
        return message.isValueNode() ? message.asText() : "HTTP " + status;
    }

    /** {"input": ...}, {"module:input": ...} or the input unwrapped, as the API takes them. */
    private static JsonNode member(JsonNode document, String name) {
        for (Map.Entry<String, JsonNode> field : document.properties()) {
            String key = field.getKey();
            if (key.equals(name) || key.endsWith(":" + name)) {
                return field.getValue();
            }
        }
        return document;
    }

    private JsonNode parse(Object entity) {
        try {
            if (entity instanceof byte[] bytes && bytes.length > 0) {
                return json.readTree(bytes);
            }
            if (entity instanceof String text && !text.isEmpty()) {
                return json.readTree(text);
            }
        } catch (IOException | RuntimeException notJson) {
            // a body the operation refused as malformed names nothing; its refusal is recorded all the same
        }
        return json.missingNode();
    }
}
