package org.presto.core;

import org.presto.pce.Disjointness;

/**
 * How many paths to compute and how they relate: the best one, the k best (k from 1 to 20), or the best pair of
 * disjoint paths.
 *
 * @param count        how many paths: 1 for the best, up to 20; 2 with a disjointness
 * @param disjointness how a pair must differ, or null for paths in order of the objective
 */
public record PathChoice(int count, Disjointness disjointness) {
    public static final PathChoice BEST = new PathChoice(1, null);

    public PathChoice {
        if (disjointness != null && count != 2) {
            throw new IllegalArgumentException("a disjoint set is a pair, not " + count + " paths");
        }
        if (count < 1 || count > 20) {
            throw new IllegalArgumentException("between 1 and 20 paths, not " + count);
        }
    }

    public static PathChoice best(int count) {
        return new PathChoice(count, null);
    }

    public static PathChoice disjointPair(Disjointness disjointness) {
        return new PathChoice(2, disjointness);
    }
}
