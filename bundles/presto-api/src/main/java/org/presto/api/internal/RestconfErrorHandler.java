package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The HTTP server's answer to what it refuses itself, before any context (an unparseable request line, a malformed
 * header, a request no context takes): an RFC 8040 error, with no HTML, no server name and no Java class.
 */
final class RestconfErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    RestconfErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, RestconfMediaTypes.YANG_DATA_JSON));
        return ByteBuffer.wrap(body(status, "malformed-message", message(status, reason))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request base, HttpServletRequest request,
            HttpServletResponse response, int status, String reason) throws IOException {
        write(response, status, status == 404 ? "invalid-value" : "operation-failed",
                status >= 500 ? "internal error (details in the server log)" : message(status, reason));
        base.setHandled(true);
    }

    static void write(HttpServletResponse response, int status, String tag, String message) throws IOException {
        byte[] body = body(status, tag, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(RestconfMediaTypes.YANG_DATA_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String message(int status, String reason) {
        return reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : Printable.of(reason);
    }

    private static String body(int status, String tag, String message) {
        return new RestconfError(status, status >= 500 ? "application" : "protocol", tag, message, null).body(JSON);
    }
}
