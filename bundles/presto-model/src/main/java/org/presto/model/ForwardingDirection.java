package org.presto.model;

/** TAPI forwarding direction of a link, connection or service. */
public enum ForwardingDirection {
    BIDIRECTIONAL,
    UNIDIRECTIONAL,
    UNDEFINED_OR_UNKNOWN;
}
