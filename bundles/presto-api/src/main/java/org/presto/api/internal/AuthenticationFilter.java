package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.presto.security.AuthenticationException;
import org.presto.security.Authenticator;
import org.presto.security.Caller;
import org.presto.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request but those for the public documents ({@link AccessPolicy}) is authenticated before anything else looks
 * at it (HTTP Basic, a bearer token or a TLS client certificate, as the {@link Authenticator} is configured) and must
 * hold the role its method and path need ({@link AccessPolicy}): else 401 with the accepted schemes' challenges in
 * {@code WWW-Authenticate}, or 403, as RFC 8040 errors ({@code access-denied}). Each refusal is logged once at INFO
 * with its reason. A caller beyond its share of requests, and an address whose credentials were refused too often
 * (guessing), get 429 with Retry-After ({@link RateLimits}). The caller is the request's {@link SecurityContext}
 * principal from then on. Pre-matching, so it runs before every other filter and before a path that matches nothing can
 * answer 404.
 */
@PreMatching
final class AuthenticationFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);
    /** The servlet request attribute of the client's certificate chain (Servlet 3.1, 3.9). */
    private static final String CERTIFICATES = "javax.servlet.request.X509Certificate";

    private final Authenticator authenticator;
    private final ObjectMapper json;
    private final RateLimits perCaller;
    private final RateLimits failedLogins;
    /** The servlet request of the current call: CXF injects a proxy to the thread's own. */
    @Context
    private HttpServletRequest servlet;

    /**
     * @param perCaller    each caller's requests
     * @param failedLogins each address's refused credentials
     */
    AuthenticationFilter(Authenticator authenticator, ObjectMapper json, RateLimits perCaller,
                         RateLimits failedLogins) {
        this.authenticator = authenticator;
        this.json = json;
        this.perCaller = perCaller;
        this.failedLogins = failedLogins;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        Role needed = AccessPolicy.needed(method, path);
        if (needed == null) {
            return;
        }
        String address = servlet == null ? "unknown" : servlet.getRemoteAddr();
        long guessing = failedLogins.wait(address);
        if (guessing > 0) {
            request.abortWith(tooMany(guessing, "too many refused credentials from " + address));
            return;
        }
        Caller caller;
        try {
            caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (AuthenticationException e) {
            if (e.failure() == AuthenticationException.Failure.INVALID && failedLogins.take(address) == 0
                    && failedLogins.wait(address) > 0) {
                LOG.warn("Credentials refused too often from {}: its requests are refused for a while", address);
            }
            LOG.info("401 {} /{} from {}: {}", method, Printable.of(path), address, e.getMessage());
            Response.ResponseBuilder refusal = Response.fromResponse(new RestconfError(401, "protocol",
                    "access-denied", "authentication needed: " + e.getMessage(), null).toResponse(json));
            authenticator.challenges(e).forEach(challenge -> refusal.header(HttpHeaders.WWW_AUTHENTICATE,
                    challenge));
            request.abortWith(refusal.build());
            return;
        }
        request.setProperty(AuditFilter.CALLER, caller.name());
        if (!caller.may(needed)) {
            String held = caller.roles().isEmpty() ? "no Presto role" : "the roles " + caller.roles().stream()
                    .map(Role::label).sorted().collect(Collectors.joining(", "));
            LOG.info("403 {} /{} for {}: needs {}, holds {}", method, Printable.of(path), caller.name(),
                    needed.label(), held);
            request.abortWith(new RestconfError(403, "protocol", "access-denied", caller.name() + " holds " + held
                    + "; " + method + " here needs " + needed.label(), null).toResponse(json));
            return;
        }
        // by scheme too: a certificate named like a user of the realm does not spend that user's share
        long busy = perCaller.take(caller.scheme() + " " + caller.name());
        if (busy > 0) {
            LOG.debug("429 {} /{} for {}", method, path, caller.name());
            request.abortWith(tooMany(busy, caller.name() + " sends more requests than its share"));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller, secure));
    }

    /**
     * By the Authorization header when there is one (explicit credentials), else by the client certificate of the
     * TLS connection, if the server asked for one and the client gave one the trust store vouches for.
     */
    private Caller authenticate(String authorization) throws AuthenticationException {
        Object chain = servlet == null || authorization != null ? null : servlet.getAttribute(CERTIFICATES);
        if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
            return authenticator.authenticateCertificate(List.of(certificates));
        }
        return authenticator.authenticate(authorization);
    }

    /** 429 (RFC 6585) with the seconds to wait in Retry-After. */
    private Response tooMany(long seconds, String why) {
        return Response.fromResponse(new RestconfError(429, "protocol", "resource-denied", "rate-limited",
                why + "; retry after " + seconds + " s", null).toResponse(json))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    /** The caller as JAX-RS sees it: its name the principal, its Presto roles the roles. */
    record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller::name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.of(role).map(caller::may).orElse(false);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return switch (caller.scheme()) {
                case "Basic" -> SecurityContext.BASIC_AUTH;
                case "Certificate" -> SecurityContext.CLIENT_CERT_AUTH;
                default -> caller.scheme();
            };
        }
    }
}
