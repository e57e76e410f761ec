package org.presto.model;

/**
 * How an end point maps frames to a Class of Service name or an Egress Equivalence Class name: by the end point itself,
 * by PCP or by DSCP; the type of cos-mapping-type and eec-mapping-type (mef-common-types:cos-or-eec-mapping-type).
 */
public enum CosOrEecMappingType {
    END_POINT,
    PCP,
    DSCP;
}
