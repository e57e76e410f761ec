package org.presto.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Caller;

/**
 * HTTP Basic (RFC 7617, UTF-8) checked against a JAAS realm: Karaf's {@code karaf} realm by default, whose roles
 * ({@link RolePrincipal}) map to Presto roles. A verified user name and password are remembered for a short while,
 * keyed by a digest of both, so that a busy client does not cost a realm login per request.
 */
final class JaasBasic {
    static final String SCHEME = "Basic";
    private final String realm;
    private final RoleMapping roles;
    private final Duration cacheFor;
    private final VerifiedCallers verified;
    /** Logins under way, by the digest of their credentials. */
    private final Map<String, CompletableFuture<Caller>> pending = new ConcurrentHashMap<>();

    JaasBasic(String realm, RoleMapping roles, Duration cacheFor, Clock clock) {
        this.realm = realm;
        this.roles = roles;
        this.cacheFor = cacheFor;
        this.verified = new VerifiedCallers(clock);
    }

    /** @param credentials what follows "Basic " in the header: base64 of user-id ":" password */
    Caller authenticate(String credentials) throws AuthenticationException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException(Failure.MALFORMED, SCHEME, "Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationException(Failure.MALFORMED, SCHEME, "Basic credentials are not user-id:password");
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String key = VerifiedCallers.digest(user, password);
        Optional<Caller> known = verified.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        // the same credentials arriving side by side (a client's parallel requests) are checked once: one realm login
        // (and one attempt counted by the realm's throttle), whose answer the others wait for
        CompletableFuture<Caller> mine = new CompletableFuture<>();
        CompletableFuture<Caller> running = pending.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof AuthenticationException refused) {
                    throw new AuthenticationException(refused.failure(), refused.scheme(), refused.getMessage());
                }
                throw e;
            }
        }
        try {
            Instant now = verified.now();
            Caller caller = login(user, password);
            verified.put(key, caller, now.plus(cacheFor));
            mine.complete(caller);
            return caller;
        } catch (AuthenticationException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            pending.remove(key, mine);
        }
    }

    private Caller login(String user, String password) throws AuthenticationException {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the realm's login modules are proxied by Karaf's boot class path, which the system class loader sees
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
            List<String> granted = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                    .toList();
            login.logout();
            return new Caller(user, roles.rolesOf(granted), SCHEME);
        } catch (LoginException e) {
            // which of the two was wrong is not told
            throw new AuthenticationException(Failure.INVALID, SCHEME, "user name or password not accepted for '"
                    + Printable.of(user, 64) + "'");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, String password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
