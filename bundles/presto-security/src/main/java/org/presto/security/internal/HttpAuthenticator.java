package org.presto.security.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Authenticator;
import org.presto.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Authenticator} of the REST API: HTTP Basic against the JAAS realm and bearer JWTs from the issuer, as
 * configured ({@link SecurityConfig}); either may be turned off. A configuration change re-creates it.
 */
@Component(service = Authenticator.class, configurationPid = HttpAuthenticator.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = SecurityConfig.class)
public final class HttpAuthenticator implements Authenticator {
    public static final String PID = "org.presto.security";
    static final String REALM = "presto";
    private static final Logger LOG = LoggerFactory.getLogger(HttpAuthenticator.class);

    private final JaasBasic basic;
    private final JwtBearer bearer;
    private final ClientCertificates certificates;

    @Activate
    public HttpAuthenticator(SecurityConfig config) {
        RoleMapping roles = new RoleMapping(config.admin(), config.operator(), config.viewer());
        this.basic = config.realm() == null || config.realm().isBlank() ? null
                : new JaasBasic(config.realm().strip(), roles, Duration.ofSeconds(config.basicCacheSeconds()),
                        Clock.systemUTC());
        this.bearer = bearer(config, roles);
        this.certificates = new ClientCertificates(new RoleMapping(config.certificateAdmin(),
                config.certificateOperator(), config.certificateViewer()));
        List<String> schemes = new ArrayList<>();
        if (basic != null) {
            schemes.add("HTTP Basic (JAAS realm " + config.realm().strip() + ")");
        }
        if (bearer != null) {
            schemes.add("bearer tokens of " + config.issuer().strip());
        }
        if (certificates.accepted()) {
            schemes.add("TLS client certificates");
        }
        LOG.info("REST API callers authenticate with {}", schemes.isEmpty() ? "nothing (every request is refused)"
                : String.join(", ", schemes));
    }

    HttpAuthenticator(JaasBasic basic, JwtBearer bearer, ClientCertificates certificates) {
        this.basic = basic;
        this.bearer = bearer;
        this.certificates = certificates;
    }

    private static JwtBearer bearer(SecurityConfig config, RoleMapping roles) {
        String issuer = config.issuer() == null ? "" : config.issuer().strip();
        if (issuer.isEmpty()) {
            return null;
        }
        if (config.audience() == null || config.audience().isBlank()) {
            throw new IllegalArgumentException(PID + ": issuer " + issuer + " is set without an audience; tokens "
                    + "for any other service of the issuer would be accepted");
        }
        return new JwtBearer(issuer, config.audience().strip(), keys(config), config.clockSkewSeconds(),
                config.rolesClaim().strip(), roles, Clock.systemUTC());
    }

    private static JWKSource<SecurityContext> keys(SecurityConfig config) {
        String url = config.jwksUrl() == null ? "" : config.jwksUrl().strip();
        String file = config.jwksFile() == null ? "" : config.jwksFile().strip();
        if (url.isEmpty() == file.isEmpty()) {
            throw new IllegalArgumentException(PID + ": with an issuer, set exactly one of jwksUrl and jwksFile");
        }
        try {
            if (!url.isEmpty()) {
                // cached, refreshed ahead of expiry and on an unknown key id, rate-limited (Nimbus' defaults)
                return JWKSourceBuilder.create(URI.create(url).toURL()).build();
            }
            String base = System.getProperty("karaf.base", "");
            return new ImmutableJWKSet<>(JWKSet.load(Path.of(base).toAbsolutePath().resolve(file).toFile()));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": jwksUrl " + url + " is not a URL", e);
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException(PID + ": jwksFile " + file + " is not a JWK set: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Caller authenticate(String authorization) throws AuthenticationException {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationException(Failure.MISSING, null, "no credentials");
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1);
        // schemes are case-insensitive (RFC 7235 2.1)
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "basic" -> {
                if (basic == null) {
                    throw new AuthenticationException(Failure.MALFORMED, null, "HTTP Basic is not accepted here");
                }
                return basic.authenticate(credentials);
            }
            case "bearer" -> {
                if (bearer == null) {
                    throw new AuthenticationException(Failure.MALFORMED, null, "bearer tokens are not accepted here "
                            + "(no issuer is configured)");
                }
                return bearer.authenticate(credentials);
            }
            default -> throw new AuthenticationException(Failure.MALFORMED, null, "the scheme "
                    + Printable.of(scheme, 20) + " is not accepted; use " + String.join(" or ", schemes()));
        }
    }

    @Override
    public Caller authenticateCertificate(List<X509Certificate> chain) throws AuthenticationException {
        if (!chain.isEmpty() && !certificates.accepted()) {
            throw new AuthenticationException(Failure.MISSING, null, "no credentials (client certificates are not "
                    + "accepted: no certificate name is given a role)");
        }
        return certificates.authenticate(chain);
    }

    private List<String> schemes() {
        List<String> schemes = new ArrayList<>();
        if (basic != null) {
            schemes.add(JaasBasic.SCHEME);
        }
        if (bearer != null) {
            schemes.add(JwtBearer.SCHEME);
        }
        return schemes;
    }

    @Override
    public List<String> challenges(AuthenticationException failure) {
        List<String> challenges = new ArrayList<>();
        if (basic != null) {
            challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        if (bearer != null) {
            String challenge = "Bearer realm=\"" + REALM + "\"";
            if (JwtBearer.SCHEME.equals(failure.scheme())) {
                // RFC 6750 3.1: why the token was refused; no error where no token was sent
                String error = failure.failure() == Failure.MALFORMED ? "invalid_request" : "invalid_token";
                challenge += ", error=\"" + error + "\", error_description=\""
                        + Printable.quotable(failure.getMessage(), 200) + "\"";
            }
            challenges.add(challenge);
        }
        return challenges;
    }
}
