package org.presto.model;

/**
 * Where restoration is done for a TAPI resilience type: per domain, end to end, or NA
 * (tapi-topology:restoration-policy).
 */
public enum RestorationPolicy {
    PER_DOMAIN_RESTORATION,
    END_TO_END_RESTORATION,
    NA;
}
