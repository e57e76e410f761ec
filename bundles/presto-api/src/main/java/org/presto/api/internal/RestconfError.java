package org.presto.api.internal;

import org.presto.core.PrestoException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.ws.rs.core.Response;

/**
 * An error as RFC 8040 (section 7.1) reports it: {"ietf-restconf:errors": {"error": [{error-type, error-tag,
 * error-app-tag, error-message, error-path}]}} with the matching HTTP status.
 */
final class RestconfError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String errorType;
    final String errorTag;
    final String errorPath;
    /** What exactly went wrong, beyond the error-tag (e.g. insufficient-bandwidth), or null. */
    final String appTag;

    RestconfError(int status, String errorType, String errorTag, String message, String errorPath) {
        this(status, errorType, errorTag, null, message, errorPath);
    }

    RestconfError(int status, String errorType, String errorTag, String appTag, String message, String errorPath) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.errorTag = errorTag;
        this.appTag = appTag;
        this.errorPath = errorPath;
    }

    /** A refusal or failure of the core, its member placed at the given error-path (null: none). */
    static RestconfError of(PrestoException e, String errorPath) {
        return switch (e.reason()) {
            case INVALID_INPUT -> invalidValue(e.getMessage(), errorPath);
            case NOT_FOUND -> notFound(e.getMessage(), errorPath);
            case CONFLICT -> new RestconfError(409, "application", "resource-denied", e.tag(), e.getMessage(),
                    errorPath);
            case UNAVAILABLE -> new RestconfError(503, "application", "resource-denied", e.getMessage(), errorPath);
            case DEVICE_FAILURE -> new RestconfError(500, "application", "operation-failed", e.getMessage(),
                    errorPath);
        };
    }

    static RestconfError invalidValue(String message, String path) {
        return new RestconfError(400, "application", "invalid-value", message, path);
    }

    static RestconfError malformed(String message) {
        return new RestconfError(400, "rpc", "malformed-message", message, null);
    }

    static RestconfError notFound(String message, String path) {
        return new RestconfError(404, "application", "invalid-value", message, path);
    }

    Response toResponse(ObjectMapper json) {
        return Response.status(status).type(RestconfMediaTypes.YANG_DATA_JSON).entity(body(json)).build();
    }

    /** The error document alone, for answers written outside JAX-RS (the HTTP server's own refusals). */
    String body(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("ietf-restconf:errors").putArray("error").addObject();
        error.put("error-type", errorType);
        error.put("error-tag", errorTag);
        if (appTag != null) {
            error.put("error-app-tag", appTag);
        }
        if (errorPath != null) {
            error.put("error-path", errorPath);
        }
        error.put("error-message", getMessage());
        return body.toString();
    }
}
