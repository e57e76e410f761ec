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
            new String[] {"presto:operator"}, new String[] {"presto:viewer"}), java.time.Clock.systemUTC());

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

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresForFiveMinutesAtMost() throws Exception {
        java.util.concurrent.atomic.AtomicInteger keyLookups = new java.util.concurrent.atomic.AtomicInteger();
        ImmutableJWKSet<com.nimbusds.jose.proc.SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(
                KEY.toPublicJWK()));
        Instant[] now = {Instant.now()};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        JwtBearer remembering = new JwtBearer(ISSUER, "presto", (selector, context) -> {
            keyLookups.incrementAndGet();
            return keys.get(selector, context);
        }, 60, "scope", new RoleMapping(new String[] {"presto:admin"}, new String[] {"presto:operator"},
                new String[] {"presto:viewer"}), clock);
        String token = signed(KEY, JOSEObjectType.JWT, c -> c.expirationTime(Date.from(now[0].plusSeconds(3600))));
        assertEquals("orchestrator-1", remembering.authenticate(token).name());
        assertEquals("orchestrator-1", remembering.authenticate(" " + token).name());
        assertEquals(1, keyLookups.get(), "the second time without a signature check");
        now[0] = now[0].plus(JwtBearer.REMEMBERED);
        remembering.authenticate(token);
        assertEquals(2, keyLookups.get(), "checked again after five minutes");
        // a token about to expire is remembered only until then
        Instant start = Instant.now();
        now[0] = start;
        String shortLived = signed(KEY, JOSEObjectType.JWT, c -> c.expirationTime(Date.from(start
                .plusSeconds(30))));
        remembering.authenticate(shortLived);
        now[0] = start.plusSeconds(10);
        remembering.authenticate(shortLived);
        assertEquals(3, keyLookups.get(), "remembered before its expiry");
        now[0] = start.plusSeconds(31);
        remembering.authenticate(shortLived);
        assertEquals(4, keyLookups.get(), "not past it");
    }
}
