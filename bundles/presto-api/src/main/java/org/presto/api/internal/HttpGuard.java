package org.presto.api.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every context of the HTTP server (a Jetty handler, which Pax Web puts before its contexts; ranked
 * first), for the API's paths: a request whose Host header is no host (RFC 7230 5.4: 400) or whose body names a
 * character set this JVM does not know (415) is answered as RFC 8040 says, where CXF would fail with a 500 naming a
 * Java class; and until the API is published, 503 with Retry-After, where CXF would answer 404 for resources that
 * exist. It also gives the server an error handler that answers the requests Jetty itself refuses (an unparseable
 * request line or header) in RFC 8040 form instead of an HTML page.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=1000")
public final class HttpGuard extends AbstractHandler {
    private static final Logger LOG = LoggerFactory.getLogger(HttpGuard.class);
    /** RFC 3986 3.2.2 host (IP-literal, IPv4 or reg-name) and an optional port: what a Host header may hold. */
    private static final Pattern HOST = Pattern.compile(
            "(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9\\-._~%!$&'()*+,;=]*)(:[0-9]{0,5})?");
    private static final String API = "/restconf";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RestconfServer api;

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null && !(server.getErrorHandler() instanceof RestconfErrorHandler)) {
            install(server, new RestconfErrorHandler());
        }
    }

    /** Leaves the server a plain error handler: ours goes with this bundle. */
    @Deactivate
    void deactivate() {
        Server server = getServer();
        if (server != null && server.getErrorHandler() instanceof RestconfErrorHandler) {
            ErrorHandler plain = new ErrorHandler();
            plain.setShowStacks(false);
            plain.setShowServlet(false);
            install(server, plain);
        }
    }

    /**
     * The server may be starting: Server.setErrorHandler starts the handler as a bean before it gives it the
     * server, which a started handler refuses; given the server first, it is taken as it is.
     */
    private static void install(Server server, ErrorHandler handler) {
        handler.setServer(server);
        server.setErrorHandler(handler);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!target.equals(API) && !target.startsWith(API + "/")) {
            return;
        }
        String host = request.getHeader("Host");
        if (host != null && !HOST.matcher(host).matches()) {
            refuse(base, response, 400, "malformed-message", "the Host header is not a host name or address");
            return;
        }
        String charset = charset(request.getContentType());
        if (charset != null && !supported(charset)) {
            refuse(base, response, 415, "invalid-value", "unknown character set '" + Printable.of(charset)
                    + "'; request bodies are UTF-8");
            return;
        }
        if (api == null) {
            response.setHeader("Retry-After", "5");
            refuse(base, response, 503, "resource-denied", "the API is starting or stopping; retry shortly");
        }
    }

    private static void refuse(Request base, HttpServletResponse response, int status, String tag, String message)
            throws IOException {
        if (status == 503) {
            // a client polling through a start would fill the log
            LOG.debug("{} {} {}: {}", status, base.getMethod(), Printable.of(base.getRequestURI()), message);
        } else {
            LOG.info("{} {} {}: {}", status, base.getMethod(), Printable.of(base.getRequestURI()), message);
        }
        RestconfErrorHandler.write(response, status, tag, message);
        base.setHandled(true);
    }

    /** The charset parameter of a Content-Type, unquoted; null when it has none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replaceAll("^\"|\"$", "");
            }
        }
        return null;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
