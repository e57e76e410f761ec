package org.presto.security;

import java.security.cert.X509Certificate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Authenticates HTTP callers from their {@code Authorization} header (RFC 7235), or from the client certificate they
 * presented in the TLS handshake.
 */
@ProviderType
public interface Authenticator {

    /**
     * The caller an {@code Authorization} header's credentials prove.
     *
     * @param authorization the header's value; null when the request has none
     * @throws AuthenticationException when there are no credentials, they are malformed or of a scheme not accepted,
     *                                 or they do not prove a caller (wrong password, a token expired, not for
     *                                 Presto, or not signed by the issuer)
     */
    Caller authenticate(String authorization) throws AuthenticationException;

    /**
     * The caller a client certificate names (TLS client authentication): the handshake has verified the chain
     * against the server's trust store; this maps the names it holds to a caller and its roles.
     *
     * @param chain the client's certificates, its own first; empty when it presented none
     * @throws AuthenticationException when there is none, or client certificates are not accepted
     * @since 1.2
     */
    Caller authenticateCertificate(List<X509Certificate> chain) throws AuthenticationException;

    /**
     * The challenges a 401 answer carries in {@code WWW-Authenticate}, one per scheme accepted, e.g.
     * {@code Basic realm="presto"}; a failed bearer token's challenge also says why (RFC 6750 3.1).
     */
    List<String> challenges(AuthenticationException failure);
}
