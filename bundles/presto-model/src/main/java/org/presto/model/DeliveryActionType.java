package org.presto.model;

/**
 * How a Carrier Ethernet connectivity service delivers unicast, multicast or broadcast data service frames: DISCARD,
 * CONDITIONALLY or UNCONDITIONALLY (nrm-connectivity:delivery-action-type).
 */
public enum DeliveryActionType {
    DISCARD,
    CONDITIONALLY,
    UNCONDITIONALLY;
}
