package org.presto.pce;

/** How two paths of a protected service must differ. */
public enum Disjointness {
    /** No link in common. */
    LINK,
    /** No node in common but the two ends (and so no link either). */
    NODE,
    /**
     * No link and no shared risk (SRLG: a value of a link's risk-identifier-list) in common, so that no single
     * failure of a duct, a cable or a site takes both down.
     */
    SRLG
}
