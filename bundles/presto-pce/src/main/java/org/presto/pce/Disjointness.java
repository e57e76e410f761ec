package org.presto.pce;

/** How two paths of a protected service must differ. */
public enum Disjointness {
    /** No link in common. */
    LINK,
    /** No node in common but the two ends (and so no link either). */
    NODE
}
