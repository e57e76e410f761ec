package org.presto.model;

/**
 * How protection or restoration is coordinated between layers, the restoration-coordinate-type of a resilience
 * constraint: no coordination, a hold-off time, or waiting for a notification (tapi-connectivity:coordinate-type).
 */
public enum CoordinateType {
    NO_COORDINATE,
    HOLD_OFF_TIME,
    WAIT_FOR_NOTIFICATION;
}
