package org.presto.pce.internal;

import org.presto.model.Topology;

/**
 * The last few topologies compiled, found again by identity: a topology is an immutable snapshot of the network,
 * so the same instance always compiles to the same arrays, and comparing instances costs nothing where comparing
 * contents would cost as much as compiling.
 */
final class CompiledTopologies {
    private final CompiledTopology[] recent;

    CompiledTopologies(int size) {
        recent = new CompiledTopology[size];
    }

    CompiledTopology of(Topology topology) {
        synchronized (recent) {
            for (CompiledTopology compiled : recent) {
                if (compiled != null && compiled.topology == topology) {
                    return compiled;
                }
            }
        }
        CompiledTopology compiled = new CompiledTopology(topology);
        synchronized (recent) {
            System.arraycopy(recent, 0, recent, 1, recent.length - 1);
            recent[0] = compiled;
        }
        return compiled;
    }
}
