package org.presto.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.presto.store.ResourceClaims;
import org.presto.store.ResourceTakenException;

/**
 * Moves what a service holds from what it held to what it now claims, inside the transaction that writes its record.
 * Exclusive resources first, then shares, each in sorted order: every writer takes the locks of the resources it
 * claims in one order, so two never wait for each other crosswise (a deadlock), whatever they claim and release.
 */
final class ClaimWriter {
    private final ResourceClaimDao exclusive = new ResourceClaimDao();
    private final CapacityClaimDao shares = new CapacityClaimDao();
    private final CapacityInUseDao inUse = new CapacityInUseDao();

    /** @throws ResourceTakenException when a claim fails; the transaction must then be rolled back */
    void replace(Connection db, String serviceUuid, ResourceClaims claims) throws SQLException {
        Set<String> held = exclusive.ofService(db, serviceUuid);
        Set<String> all = new TreeSet<>(held);
        all.addAll(claims.exclusive());
        for (String resource : all) {
            boolean wanted = claims.exclusive().contains(resource);
            if (wanted && !held.contains(resource) && !exclusive.insert(db, resource, serviceUuid)) {
                // holder() is read after the rollback: a failed statement ends a PostgreSQL transaction
                throw new ResourceTakenException(resource, null, resource + " is held by another service");
            } else if (!wanted && held.contains(resource)) {
                exclusive.delete(db, resource, serviceUuid);
            }
        }
        Map<String, Long> had = shares.ofService(db, serviceUuid);
        Map<String, Long> now = new TreeMap<>();
        claims.shares().forEach((resource, share) -> now.put(resource, share.amount()));
        Set<String> touched = new TreeSet<>(had.keySet());
        touched.addAll(now.keySet());
        for (String resource : touched) {
            long change = now.getOrDefault(resource, 0L) - had.getOrDefault(resource, 0L);
            if (change == 0) {
                continue;
            }
            ResourceClaims.Share share = claims.shares().get(resource);
            long limit = share == null ? Long.MAX_VALUE : share.limit();
            OptionalLong refused = inUse.add(db, resource, change, limit);
            if (refused.isPresent()) {
                throw new ResourceTakenException(resource, null, resource + " has " + Math.max(0, limit
                        - refused.getAsLong()) + " left of " + limit + ", " + change + " more asked");
            }
        }
        if (!had.equals(now)) {
            shares.replace(db, serviceUuid, now);
        }
    }

    /** Releases all a service holds. */
    void release(Connection db, String serviceUuid) throws SQLException {
        replace(db, serviceUuid, ResourceClaims.NONE);
    }

    /** The service holding an exclusive resource, read in a transaction of its own after a failed claim. */
    String holder(Connection db, String resource) throws SQLException {
        return exclusive.holder(db, resource).orElse(null);
    }
}
