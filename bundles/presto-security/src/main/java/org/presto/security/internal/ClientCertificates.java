package org.presto.security.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.presto.security.AuthenticationException;
import org.presto.security.AuthenticationException.Failure;
import org.presto.security.Caller;

/**
 * Callers proved by a TLS client certificate: the names a certificate holds (its subject's common name, and its
 * DNS, e-mail and URI subject alternative names, RFC 5280 4.2.1.6, e.g. a SPIFFE ID) map to Presto roles by
 * configuration. The chain was verified by the TLS handshake against the server's trust store; this only names.
 */
final class ClientCertificates {
    static final String SCHEME = "Certificate";
    /** Subject alternative name types (RFC 5280): rfc822Name, dNSName, uniformResourceIdentifier. */
    private static final Set<Integer> NAME_TYPES = Set.of(1, 2, 6);

    private final RoleMapping names;

    /** @param names the certificate names that grant each role */
    ClientCertificates(RoleMapping names) {
        this.names = names;
    }

    /** Whether any certificate name is mapped to a role: if none is, certificates are not accepted. */
    boolean accepted() {
        return !names.isEmpty();
    }

    Caller authenticate(List<X509Certificate> chain) throws AuthenticationException {
        if (chain.isEmpty()) {
            throw new AuthenticationException(Failure.MISSING, null, "no credentials");
        }
        List<String> held = namesOf(chain.get(0));
        if (held.isEmpty()) {
            throw new AuthenticationException(Failure.INVALID, SCHEME, "the client certificate names no one");
        }
        return new Caller(held.get(0), names.rolesOf(held), SCHEME);
    }

    /** The certificate's names: its common names first, then its alternative names, in their order. */
    static List<String> namesOf(X509Certificate certificate) throws AuthenticationException {
        List<String> held = new ArrayList<>();
        try {
            LdapName subject = new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
            for (Rdn rdn : subject.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN") && rdn.getValue() instanceof String name) {
                    held.add(name);
                }
            }
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    if (NAME_TYPES.contains(alternative.get(0)) && alternative.get(1) instanceof String name) {
                        held.add(name);
                    }
                }
            }
        } catch (InvalidNameException | CertificateParsingException e) {
            throw new AuthenticationException(Failure.INVALID, SCHEME, "the client certificate's names are not "
                    + "readable: " + Printable.of(String.valueOf(e.getMessage()), 100));
        }
        return held;
    }
}
