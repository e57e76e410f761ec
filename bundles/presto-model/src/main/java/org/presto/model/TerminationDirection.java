package org.presto.model;

/**
 * The directionality of a TAPI termination: BIDIRECTIONAL, SINK (flow up the layer stack), SOURCE (flow down it) or
 * UNDEFINED_OR_UNKNOWN (tapi-common:termination-direction).
 */
public enum TerminationDirection {
    BIDIRECTIONAL,
    SINK,
    SOURCE,
    UNDEFINED_OR_UNKNOWN;
}
