package org.presto.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    /** Bounds the memory of the cache; beyond it, entries are dropped rather than the oldest sought. */
    private static final int MAX_CACHED = 10_000;

    private final String realm;
    private final RoleMapping roles;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, Instant until) {
    }

    JaasBasic(String realm, RoleMapping roles, Duration cacheFor, Clock clock) {
        this.realm = realm;
        this.roles = roles;
        this.cacheFor = cacheFor;
        this.clock = clock;
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
        String key = digest(user, password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.caller();
        }
        Caller caller = login(user, password);
        if (!cacheFor.isZero()) {
            if (verified.size() >= MAX_CACHED) {
                verified.clear();
            }
            verified.put(key, new Verified(caller, now.plus(cacheFor)));
        }
        return caller;
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

    private static String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
