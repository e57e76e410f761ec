package org.presto.model;

/**
 * To what degree a layer of a TAPI node edge point or connection end point is terminated: never or permanently, not at
 * present, in one direction or both, or unknown (tapi-common:termination-state).
 */
public enum TerminationState {
    LP_CAN_NEVER_TERMINATE,
    LT_NOT_TERMINATED,
    TERMINATED_SERVER_TO_CLIENT_FLOW,
    TERMINATED_CLIENT_TO_SERVER_FLOW,
    TERMINATED_BIDIRECTIONAL,
    LT_PERMENANTLY_TERMINATED,
    TERMINATION_STATE_UNKNOWN;
}
