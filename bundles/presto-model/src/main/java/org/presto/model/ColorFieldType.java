package org.presto.model;

/**
 * Which frame field a MEF Color Identifier uses to color ingress frames: PCP, DEI, DSCP, or END_POINT for the EVC/OVC
 * end point itself (mef-common-types:color-field-type).
 */
public enum ColorFieldType {
    PCP,
    DEI,
    END_POINT,
    DSCP;
}
