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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String rolesClaim;
    private final RoleMapping roles;

    JwtBearer(String issuer, String audience, JWKSource<SecurityContext> keys, int clockSkewSeconds,
              String rolesClaim, RoleMapping roles) {
        this.rolesClaim = rolesClaim;
        this.roles = roles;
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

    /** @param token what follows "Bearer " in the header */
    Caller authenticate(String token) throws AuthenticationException {
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
        return new Caller(claims.getSubject(), roles.rolesOf(values(claims.getClaims(), rolesClaim)), SCHEME);
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
