package org.presto.model;

/**
 * The form of a MEF Egress Map: CoS name to PCP (CN_), or CoS name and ingress color to PCP or DEI (CC_), each for the
 * C-Tag or the S-Tag (mef-common-types:egress-map-type).
 */
public enum EgressMapType {
    CN_C_TAG_PCP,
    CC_C_TAG_PCP,
    CC_C_TAG_DEI,
    CN_S_TAG_PCP,
    CC_S_TAG_PCP,
    CC_S_TAG_DEI;
}
