package org.presto.security;

/**
 * Credentials that do not prove a caller. The message says why, for the caller and the log; it never repeats a
 * secret.
 */
public final class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why authentication failed, as RFC 6750 3.1 classes a bearer token's failure. */
    public enum Failure {
        /** No credentials at all: the challenge carries no error (RFC 6750 3.1). */
        MISSING,
        /** Not a well-formed header of an accepted scheme: {@code invalid_request}. */
        MALFORMED,
        /** Well formed, but they prove no caller: {@code invalid_token} for a bearer token. */
        INVALID
    }

    private final Failure failure;
    private final String scheme;

    /**
     * @param scheme the scheme the credentials were of ({@code Basic}, {@code Bearer}), null if none or unknown
     */
    public AuthenticationException(Failure failure, String scheme, String message) {
        super(message);
        this.failure = failure;
        this.scheme = scheme;
    }

    public Failure failure() {
        return failure;
    }

    /** The scheme the credentials were of, null if none or unknown. */
    public String scheme() {
        return scheme;
    }
}
