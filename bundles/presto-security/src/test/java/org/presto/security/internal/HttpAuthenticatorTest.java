package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Role;

/** The header's schemes and the challenges of a 401; credentials are checked by JaasBasic and JwtBearer. */
class HttpAuthenticatorTest {
    private final RoleMapping roles = new RoleMapping(new String[] {"admin"}, new String[0], new String[0]);
    private static final ClientCertificates NO_CERTIFICATES = new ClientCertificates(new RoleMapping(new String[0],
            new String[0], new String[0]));
    private final JaasBasic basic = new JaasBasic("no-such-realm", roles, Duration.ZERO, Clock.systemUTC());

    private JwtBearer bearer() throws Exception {
        return new JwtBearer("https://issuer.test", "presto", new ImmutableJWKSet<>(new JWKSet(
                new RSAKeyGenerator(2048).generate().toPublicJWK())), 0, "scope", roles, Clock.systemUTC());
    }

    private static AuthenticationException refused(HttpAuthenticator authenticator, String header) {
        return assertThrows(AuthenticationException.class, () -> authenticator.authenticate(header));
    }

    @Test
    void noHeaderIsMissingCredentialsAndItsChallengesCarryNoError() throws Exception {
        HttpAuthenticator both = new HttpAuthenticator(basic, bearer(), NO_CERTIFICATES);
        AuthenticationException missing = refused(both, null);
        assertEquals(Failure.MISSING, missing.failure());
        assertEquals(List.of("Basic realm=\"presto\", charset=\"UTF-8\"", "Bearer realm=\"presto\""),
                both.challenges(missing));
        assertEquals(Failure.MISSING, refused(both, "  ").failure());
    }

    @Test
    void aRefusedTokensChallengeSaysWhyInAQuotableForm() throws Exception {
        HttpAuthenticator both = new HttpAuthenticator(basic, bearer(), NO_CERTIFICATES);
        AuthenticationException invalid = refused(both, "bEaReR x.y.z");
        assertEquals(Failure.INVALID, invalid.failure());
        assertEquals("Bearer realm=\"presto\", error=\"invalid_token\", error_description=\"the bearer token is "
                + "not a JWT\"", both.challenges(invalid).get(1));
    }

    @Test
    void otherSchemesAndSchemesTurnedOffAreMalformed() throws Exception {
        HttpAuthenticator basicOnly = new HttpAuthenticator(basic, null, NO_CERTIFICATES);
        AuthenticationException digest = refused(basicOnly, "Digest username=\"x\u001b[2J\"");
        assertEquals(Failure.MALFORMED, digest.failure());
        assertTrue(digest.getMessage().contains("use Basic") && !digest.getMessage().contains("\u001b"),
                digest.getMessage());
        assertTrue(refused(basicOnly, "Bearer a.b.c").getMessage().contains("no issuer"));
        assertEquals(List.of("Basic realm=\"presto\", charset=\"UTF-8\""), basicOnly.challenges(
                refused(basicOnly, null)));
        assertEquals(Failure.MALFORMED, refused(basicOnly, "Basic %%%").failure());
        assertEquals(Failure.MALFORMED, refused(basicOnly, "Basic bm9jb2xvbg==").failure());
        assertTrue(Role.ADMIN.includes(Role.VIEWER) && !Role.VIEWER.includes(Role.OPERATOR));
    }
}
