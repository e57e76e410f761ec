package org.presto.model;

/**
 * The diversity a connectivity service asks of its route in its route compute policy: SRLG, SRNG, SNG, NODE or LINK
 * (tapi-connectivity:diversity-policy).
 */
public enum DiversityPolicy {
    SRLG,
    SRNG,
    SNG,
    NODE,
    LINK;
}
