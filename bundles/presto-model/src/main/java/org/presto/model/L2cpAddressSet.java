package org.presto.model;

/**
 * The MEF 45 L2CP Address Set of an end point, CE-VLAN Tag Aware (CTA), Tag Blind (CTB) or Tag Blind option 2 (CTB2):
 * selects which Bridge Reserved Addresses are filtered (peered or discarded, not passed) at an L2CP decision point
 * (mef-common-types:l2cp-address-set).
 */
public enum L2cpAddressSet {
    CTA,
    CTB,
    CTB2;
}
