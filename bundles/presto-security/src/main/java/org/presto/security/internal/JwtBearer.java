package org.presto.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Caller;

/**
 * OAuth 2.0 bearer tokens (RFC 6750) that are JWTs (RFC 7519, and RFC 9068's access token profile), verified with
 * the Nimbus JOSE+JWT library: signed by one of the issuer's keys with an asymmetric algorithm (RSA, RSA-PSS, ECDSA,
 * EdDSA; never "none" or a shared secret), of type JWT or at+jwt, from the configured issuer, for Presto's audience,
 * with a subject, not expired and not before its time (within the clock skew). The subject is the caller; the values
 * of the roles claim map to its roles.
 */
final class JwtBearer {
    static final String SCHEME = "Bearer";

    /** How long a verified token is remembered at most (and never past its expiry). */
    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String rolesClaim;
    private final RoleMapping roles;
    private final VerifiedCallers verified;

    JwtBearer(String issuer, String audience, JWKSource<SecurityContext> keys, int clockSkewSeconds,
              String rolesClaim, RoleMapping roles, Clock clock) {
        this.rolesClaim = rolesClaim;
        this.roles = roles;
        this.verified = new VerifiedCallers(clock);
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        algorithms.addAll(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        algorithms.addAll(JWSAlgorithm.Family.ED);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp"));
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * A token verified before is taken again without a signature check until it expires, for at most
     * {@link #REMEMBERED}: a JWT cannot be revoked before its expiry anyway, and the check costs more than the rest
     * of a small request.
     *
     * @param token what follows "Bearer " in the header
     */
    Caller authenticate(String token) throws AuthenticationException {
        String key = VerifiedCallers.digest(token.strip());
        Optional<Caller> known = verified.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = verified.now();
        JWTClaimsSet claims;
        try {
            claims = processor.process(token.strip(), null);
        } catch (ParseException e) {
            throw new AuthenticationException(Failure.INVALID, SCHEME, "the bearer token is not a JWT");
        } catch (BadJOSEException e) {
            // Nimbus says which check failed: "Expired JWT", "JWT audience rejected: [x]", "Invalid signature"...
            throw new AuthenticationException(Failure.INVALID, SCHEME, "the bearer token is refused: "
                    + e.getMessage());
        } catch (JOSEException e) {
            throw new AuthenticationException(Failure.INVALID, SCHEME, "the bearer token cannot be verified: "
                    + e.getMessage());
        }
        Caller caller = new Caller(claims.getSubject(), roles.rolesOf(values(claims.getClaims(), rolesClaim)),
                SCHEME);
        Instant expiry = claims.getExpirationTime().toInstant();
        Instant until = now.plus(REMEMBERED);
        verified.put(key, caller, expiry.isBefore(until) ? expiry : until);
        return caller;
    }

    /** The strings of a claim: a space-separated string (as scope is) or an array of strings, by a dotted path. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            value = value instanceof Map<?, ?> object ? object.get(step) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof String text) {
            values.addAll(Arrays.asList(text.strip().split("\\s+")));
        } else if (value instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }
}
