package org.presto.model;

/** TAPI lifecycle state of a resource or service. */
public enum LifecycleState {
    PLANNED,
    POTENTIAL_AVAILABLE,
    POTENTIAL_BUSY,
    INSTALLED,
    PENDING_REMOVAL;
}
