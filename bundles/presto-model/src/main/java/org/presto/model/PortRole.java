package org.presto.model;

/** TAPI port role of an end point. */
public enum PortRole {
    SYMMETRIC,
    ROOT,
    LEAF,
    TRUNK,
    UNKNOWN;
}
