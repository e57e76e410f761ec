package org.presto.model;

/**
 * The administrative control applied to the selection of a protection switch: LOCK_OUT, NORMAL, MANUAL or FORCED
 * (tapi-connectivity:selection-control).
 */
public enum SelectionControl {
    LOCK_OUT,
    NORMAL,
    MANUAL,
    FORCED;
}
