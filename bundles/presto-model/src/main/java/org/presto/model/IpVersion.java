package org.presto.model;

/** The IP version a DSCP mapping applies to: IPV4, IPV6 or IPV4_AND_IPV6 (mef-common-types:ip-version). */
public enum IpVersion {
    IPV4,
    IPV6,
    IPV4_AND_IPV6;
}
