package org.presto.model;

/** TAPI operational state. */
public enum OperationalState {
    DISABLED,
    ENABLED;
}
