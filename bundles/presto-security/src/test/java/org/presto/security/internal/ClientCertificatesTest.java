package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Caller;
import org.presto.security.Role;

/**
 * Names of a client certificate made with openssl (subject O=Presto test, CN=orchestrator-1; alternative names DNS,
 * e-mail, IP address and URI) and the roles they are given.
 */
class ClientCertificatesTest {

    private static X509Certificate certificate() throws Exception {
        try (InputStream pem = ClientCertificatesTest.class.getResourceAsStream("/client-certificate.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    @Test
    void theCommonNameThenTheAlternativeNamesButNotAnAddress() throws Exception {
        assertEquals(List.of("orchestrator-1", "orch.example.net", "noc@example.net",
                "spiffe://example.net/orchestrator"), ClientCertificates.namesOf(certificate()));
    }

    @Test
    void anyOfItsNamesGrantsARoleAndTheCommonNameNamesTheCaller() throws Exception {
        ClientCertificates certificates = new ClientCertificates(new RoleMapping(new String[0],
                new String[] {"spiffe://example.net/orchestrator"}, new String[] {"orch.example.net, other"}));
        Caller caller = certificates.authenticate(List.of(certificate()));
        assertEquals(new Caller("orchestrator-1", Set.of(Role.OPERATOR, Role.VIEWER), "Certificate"), caller);
        Caller nobody = new ClientCertificates(new RoleMapping(new String[] {"someone-else"}, new String[0],
                new String[0])).authenticate(List.of(certificate()));
        assertEquals(Set.of(), nobody.roles(), "authenticated, but given no role: 403, not 401");
    }

    @Test
    void withNoNameMappedCertificatesAreNotCredentials() throws Exception {
        RoleMapping none = new RoleMapping(new String[0], new String[0], new String[0]);
        assertFalse(new ClientCertificates(none).accepted());
        HttpAuthenticator authenticator = new HttpAuthenticator(new JaasBasic("no-such-realm", none, Duration.ZERO,
                Clock.systemUTC()), null, new ClientCertificates(none));
        AuthenticationException missing = assertThrows(AuthenticationException.class,
                () -> authenticator.authenticateCertificate(List.of(certificate())));
        assertEquals(Failure.MISSING, missing.failure());
        assertEquals(Failure.MISSING, assertThrows(AuthenticationException.class,
                () -> authenticator.authenticateCertificate(List.of())).failure());
    }
}
