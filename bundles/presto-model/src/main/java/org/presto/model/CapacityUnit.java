package org.presto.model;

/** TAPI capacity unit. */
public enum CapacityUnit {
    TB,
    TBPS,
    GB,
    GBPS,
    MB,
    MBPS,
    KB,
    KBPS;
}
