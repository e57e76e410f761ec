package org.presto.model;

/** TAPI administrative state. */
public enum AdministrativeState {
    LOCKED,
    UNLOCKED;
}
