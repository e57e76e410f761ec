package org.presto.model;

/**
 * Why a protection switch selects what it currently does: lockout, normal, manual or forced command, wait to revert,
 * signal degrade or signal fail (tapi-connectivity:selection-reason).
 */
public enum SelectionReason {
    LOCKOUT,
    NORMAL,
    MANUAL,
    FORCED,
    WAIT_TO_REVERT,
    SIGNAL_DEGRADE,
    SIGNAL_FAIL;
}
