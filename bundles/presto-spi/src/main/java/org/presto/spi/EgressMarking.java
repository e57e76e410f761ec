package org.presto.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the priority of a service's frames is written as they leave at a UNI: MEF 10.4's Egress Map, resolved by
 * Presto into what a node can apply. A frame carries its class (CoS name) across the network in the PCP of its C-tag
 * and its colour in the DEI (yellow: 1, as the ingress policer marks it), so at the egress port each PCP and DEI the
 * frame arrives with is written as another, or the frame is discarded. Priorities not listed leave as they came.
 *
 * @param rewrites at most one per PCP and DEI a frame arrives with; kept ordered by it, none that changes nothing
 * @since 4.1
 */
public record EgressMarking(List<Rewrite> rewrites) {
    /** Nothing rewritten. */
    public static final EgressMarking NONE = new EgressMarking(List.of());

    /** A C-tag's PCP (0 to 7) and DEI (0 or 1). */
    public record Priority(int pcp, int dei) {
        public Priority {
            if (pcp < 0 || pcp > 7 || dei < 0 || dei > 1) {
                throw new IllegalArgumentException("a PCP is 0 to 7 and a DEI 0 or 1, not " + pcp + " and " + dei);
            }
        }

        @Override
        public String toString() {
            return pcp + "/" + dei;
        }
    }

    /**
     * @param from the priority a frame reaches the egress port with
     * @param to the priority it leaves with; null: the frame is discarded
     */
    public record Rewrite(Priority from, Priority to) {
        public Rewrite {
            if (from == null) {
                throw new IllegalArgumentException("a rewrite says which priority it rewrites");
            }
        }

        public boolean discards() {
            return to == null;
        }

        @Override
        public String toString() {
            return from + " -> " + (to == null ? "discard" : to);
        }
    }

    public EgressMarking {
        List<Rewrite> kept = new ArrayList<>();
        Set<Priority> seen = new HashSet<>();
        for (Rewrite rewrite : rewrites == null ? List.<Rewrite>of() : rewrites) {
            if (!seen.add(rewrite.from())) {
                throw new IllegalArgumentException("priority " + rewrite.from() + " is rewritten twice");
            }
            if (!rewrite.from().equals(rewrite.to())) {
                kept.add(rewrite);
            }
        }
        // ordered, so that equal markings are equal however they were listed
        kept.sort(Comparator.comparingInt((Rewrite r) -> r.from().pcp()).thenComparingInt(r -> r.from().dei()));
        rewrites = List.copyOf(kept);
    }

    public boolean isNone() {
        return rewrites.isEmpty();
    }

    /** What a frame arriving with {@code from} leaves with: itself where nothing rewrites it, null if discarded. */
    public Priority apply(Priority from) {
        for (Rewrite rewrite : rewrites) {
            if (rewrite.from().equals(from)) {
                return rewrite.to();
            }
        }
        return from;
    }

    @Override
    public String toString() {
        return rewrites.toString();
    }
}
