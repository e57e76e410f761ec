package org.presto.driver.emulator.graph;

import java.util.Objects;

/**
 * An undirected fibre span between two sites, before it becomes a TAPI link.
 *
 * @param siteA name of one end
 * @param siteB name of the other end, different from {@code siteA}
 * @param lengthKm fibre length in kilometres, finite and not negative
 */
public record Span(String siteA, String siteB, double lengthKm) {
    public Span {
        Objects.requireNonNull(siteA, "siteA");
        Objects.requireNonNull(siteB, "siteB");
        if (siteA.equals(siteB)) {
            throw new IllegalArgumentException("span " + siteA + " -- " + siteB + " joins a node to itself");
        }
        if (!Double.isFinite(lengthKm) || lengthKm < 0) {
            throw new IllegalArgumentException("span " + siteA + " -- " + siteB + " has an invalid length " + lengthKm);
        }
    }

    public boolean joins(String a, String b) {
        return siteA.equals(a) && siteB.equals(b) || siteA.equals(b) && siteB.equals(a);
    }
}
