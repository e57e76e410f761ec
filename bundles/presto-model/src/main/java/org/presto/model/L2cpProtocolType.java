package org.presto.model;

/**
 * Whether an L2CP protocol is identified by an EtherType, such as 0x88CC for LLDP, or an LLC address, such as 0x42 for
 * STP (mef-common-types:l2cp-protocol-type).
 */
public enum L2cpProtocolType {
    ETHERTYPE,
    LLC;
}
