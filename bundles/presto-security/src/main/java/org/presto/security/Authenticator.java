package org.presto.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Authenticates HTTP callers from their {@code Authorization} header (RFC 7235). */
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
     * The challenges a 401 answer carries in {@code WWW-Authenticate}, one per scheme accepted, e.g.
     * {@code Basic realm="presto"}; a failed bearer token's challenge also says why (RFC 6750 3.1).
     */
    List<String> challenges(AuthenticationException failure);
}
