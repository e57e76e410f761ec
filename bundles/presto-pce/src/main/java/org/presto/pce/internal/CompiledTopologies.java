package org.presto.pce.internal;

import org.presto.model.Topology;

/**
 * The last few topologies used, most recent first, found again by identity: a topology is an immutable snapshot of the
 * network,
 * so the same instance always compiles to the same arrays, and comparing instances costs nothing where comparing
 * contents would cost as much as compiling.
 */
final class CompiledTopologies {
    private final CompiledTopology[] recent;

    CompiledTopologies(int size) {
        recent = new CompiledTopology[size];
    }

    /**
     * The compiled form of a topology, compiled at most once while it stays among the recent ones: concurrent first
     * requests on a new snapshot wait for one compilation rather than each doing it (and crowding the others out).
     */
    CompiledTopology of(Topology topology) {
        synchronized (recent) {
            for (int i = 0; i < recent.length; i++) {
                if (recent[i] != null && recent[i].topology == topology) {
                    CompiledTopology hit = recent[i];
                    System.arraycopy(recent, 0, recent, 1, i);
                    recent[0] = hit;
                    return hit;
                }
            }
            CompiledTopology compiled = new CompiledTopology(topology);
            System.arraycopy(recent, 0, recent, 1, recent.length - 1);
            recent[0] = compiled;
            return compiled;
        }
    }
}
