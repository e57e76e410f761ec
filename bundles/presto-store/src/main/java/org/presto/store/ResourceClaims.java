package org.presto.store;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a service holds of the network's shared resources, claimed in the database in the same transaction as its
 * record, so that no two services hold what only one may, whichever Presto node planned them. Resources are named by
 * strings the core chooses (for example {@code vlan/PORT/100}); the store only compares them.
 *
 * @param exclusive resources one service at a time may hold (a VLAN on a port, a spectrum slot)
 * @param shares    shares of divisible resources (kbit/s on a port), each with the most that all services together
 *                  may hold of it, as the claimer knows the resource
 * @since 0.8
 */
public record ResourceClaims(Set<String> exclusive, Map<String, Share> shares) {
    /** Nothing claimed. */
    public static final ResourceClaims NONE = new ResourceClaims(Set.of(), Map.of());

    /**
     * A share of a divisible resource.
     *
     * @param amount what the service takes
     * @param limit  the most all services together may take ({@link Long#MAX_VALUE} when it has no known limit)
     */
    public record Share(long amount, long limit) {
    }

    /** Sorted copies: claims are taken in this order, the same for every writer, so that no two wait crosswise. */
    public ResourceClaims {
        exclusive = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(exclusive)));
        shares = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(shares)));
    }
}
