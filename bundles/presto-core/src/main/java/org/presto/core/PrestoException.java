package org.presto.core;

/**
 * A request Presto refuses or could not carry out, with the reason a client can act on and the member of the request
 * it is about, in the request's own terms: the front end says where that member is in its protocol (the API, for
 * instance, as a RESTCONF error-path under the operation's input). A refused request changed
 * nothing in the store or on any device. A {@link Reason#DEVICE_FAILURE} says in its message what was undone and,
 * if undoing failed too, what is left and where it stays recorded.
 */
public class PrestoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request failed. */
    public enum Reason {
        /** The request is malformed or asks for something this version does not support. */
        INVALID_INPUT,
        /** It names an object that does not exist. */
        NOT_FOUND,
        /** It conflicts with the state of the network or of other services (resource in use, locked, no route). */
        CONFLICT,
        /** A driver needed for it is not available. */
        UNAVAILABLE,
        /** A device refused or failed a change; what was done for the request has been undone where possible. */
        DEVICE_FAILURE
    }

    private final Reason reason;
    private final String member;
    private final String tag;

    /** @param member the member of the request the problem is in (see {@link #member()}), or null */
    public PrestoException(Reason reason, String member, String message) {
        this(reason, member, null, message);
    }

    /** @param tag what exactly went wrong, as a short machine-readable word (e.g. insufficient-bandwidth), or null */
    public PrestoException(Reason reason, String member, String tag, String message) {
        super(message);
        this.reason = reason;
        this.member = member;
        this.tag = tag;
    }

    public PrestoException(Reason reason, String member, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.member = member;
        this.tag = null;
    }

    public Reason reason() {
        return reason;
    }

    /** What exactly went wrong, as a short machine-readable word (RESTCONF's error-app-tag), or null. */
    public String tag() {
        return tag;
    }

    /**
     * Which member of the request the problem is in, as member names from the request's root, list entries by
     * position (e.g. {@code end-point[0]/service-interface-point}), or null when it is about the request as a whole.
     */
    public String member() {
        return member;
    }
}
