package org.presto.model;

/**
 * The CE-VLAN id preservation of a Carrier Ethernet connectivity service (MEF 26.2): PRESERVE the CE-VLAN id, RETAIN
 * the C-Tag encapsulated with its VLAN id, or STRIP the C-Tag (mef-common-types:vlan-id-preservation).
 */
public enum VlanIdPreservation {
    PRESERVE,
    RETAIN,
    STRIP;
}
