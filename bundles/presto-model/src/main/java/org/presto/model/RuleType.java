package org.presto.model;

/**
 * The aspect a TAPI node rule covers: FORWARDING, CAPACITY, COST, TIMING, RISK or GROUPING (tapi-topology:rule-type).
 */
public enum RuleType {
    FORWARDING,
    CAPACITY,
    COST,
    TIMING,
    RISK,
    GROUPING;
}
