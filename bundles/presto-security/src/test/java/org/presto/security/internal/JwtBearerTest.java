package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.presto.security.AuthenticationException;
import org.presto.security.Caller;
import org.presto.security.Role;

/**
 * The checks on a bearer token, one by one, with tokens signed here by keys made for the test (the integration tests
 * take tokens from a real OAuth 2.0 server).
 */
class JwtBearerTest {
    private static final String ISSUER = "https://issuer.test/realm";
    private static final RSAKey KEY = rsa("k1");
    private static final RSAKey OTHER = rsa("k1");
    private final JwtBearer bearer = new JwtBearer(ISSUER, "presto", new ImmutableJWKSet<>(new JWKSet(
            KEY.toPublicJWK())), 60, "scope", new RoleMapping(new String[] {"presto:admin"},
            new String[] {"presto:operator"}, new String[] {"presto:viewer"}));

    private static RSAKey rsa(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("presto").subject("orchestrator-1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("scope", "openid presto:operator");
    }

    private static String signed(RSAKey key, JOSEObjectType type, UnaryOperator<JWTClaimsSet.Builder> change)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type)
                .build(), change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void assertRefused(String token, String because) {
        String message = assertThrows(AuthenticationException.class, () -> bearer.authenticate(token)).getMessage();
        assertTrue(message.contains(because), message);
    }

    @Test
    void aValidTokenNamesItsSubjectAndItsScopesRoles() throws Exception {
        Caller caller = bearer.authenticate(signed(KEY, JOSEObjectType.JWT, c -> c));
        assertEquals("orchestrator-1", caller.name());
        assertEquals(Set.of(Role.OPERATOR), caller.roles());
        assertTrue(caller.may(Role.VIEWER) && !caller.may(Role.ADMIN));
        // RFC 9068's access token type too
        assertEquals(Set.of(Role.OPERATOR), bearer.authenticate(signed(KEY, new JOSEObjectType("at+jwt"),
                c -> c)).roles());
    }

    @Test
    void eachCheckRefusesWithItsReason() throws Exception {
        assertRefused(signed(KEY, JOSEObjectType.JWT, c -> c.expirationTime(Date.from(Instant.now()
                .minusSeconds(120)))), "Expired");
        assertRefused(signed(KEY, JOSEObjectType.JWT, c -> c.audience("other-service")), "aud claim rejected");
        assertRefused(signed(KEY, JOSEObjectType.JWT, c -> c.issuer("https://evil.test")), "iss");
        assertRefused(signed(KEY, JOSEObjectType.JWT, c -> c.subject(null)), "sub");
        assertRefused(signed(OTHER, JOSEObjectType.JWT, c -> c), "signature");
        assertRefused("not.a.jwt", "not a JWT");
        // no signature at all, and a shared-secret signature a public key cannot have made
        assertRefused(new PlainJWT(claims().build()).serialize(), "the bearer token");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(hmac.serialize(), "the bearer token is refused");
    }

    @Test
    void rolesComeFromAScopeStringOrAnArrayClaimByItsPath() {
        assertEquals(List.of("a", "b"), JwtBearer.values(Map.of("scope", " a  b "), "scope"));
        assertEquals(List.of("presto:admin"), JwtBearer.values(Map.of("realm_access",
                Map.of("roles", List.of("presto:admin", 7))), "realm_access.roles"));
        assertEquals(List.of(), JwtBearer.values(Map.of("scope", 7), "scope"));
        assertEquals(List.of(), JwtBearer.values(Map.of(), "realm_access.roles"));
    }
}
