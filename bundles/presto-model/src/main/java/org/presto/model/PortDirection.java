package org.presto.model;

/** TAPI port direction of an end point. */
public enum PortDirection {
    BIDIRECTIONAL,
    INPUT,
    OUTPUT,
    UNIDENTIFIED_OR_UNKNOWN;
}
