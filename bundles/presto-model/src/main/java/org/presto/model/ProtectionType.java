package org.presto.model;

/**
 * The protection or restoration scheme of a TAPI resilience type: NO_PROTECTON (sic), 1+1, permanent 1+1, 1+1 with
 * dynamic restoration, 1:1, dynamic restoration or pre-computed restoration (tapi-topology:protection-type).
 */
public enum ProtectionType {
    NO_PROTECTON,
    ONE_PLUS_ONE_PROTECTION,
    ONE_PLUS_ONE_PROTECTION_WITH_DYNAMIC_RESTORATION,
    PERMANENT_ONE_PLUS_ONE_PROTECTION,
    ONE_FOR_ONE_PROTECTION,
    DYNAMIC_RESTORATION,
    PRE_COMPUTED_RESTORATION;
}
