package org.presto.pce.internal;

import java.util.BitSet;
import java.util.Map;
import org.presto.pce.PathConstraints;

/**
 * The links of a compiled topology one request may use: enabled, not excluded, between nodes that are not excluded,
 * clear of the excluded risks, of the requested layer (or stating none) and with the capacity asked still free.
 */
final class UsableLinks {
    private UsableLinks() {
    }

    static BitSet of(CompiledTopology graph, PathConstraints constraints, Map<String, Long> kbpsInUse) {
        int m = graph.linkCount();
        long[] inUse = new long[m];
        kbpsInUse.forEach((id, kbps) -> {
            int l = graph.link(id);
            if (l >= 0 && kbps != null) {
                inUse[l] = kbps;
            }
        });
        BitSet excludedRisks = new BitSet();
        for (String risk : constraints.excludedRisks()) {
            int r = graph.risk(risk);
            if (r >= 0) {
                excludedRisks.set(r);
            }
        }
        long layer = constraints.layer() == null ? 0 : 1L << constraints.layer().ordinal();
        long required = constraints.requiredKbps();
        BitSet usable = new BitSet(m);
        for (int l = 0; l < m; l++) {
            if (graph.enabled[l] && (layer == 0 || graph.layers[l] == 0 || (graph.layers[l] & layer) != 0)
                    && (required <= 0 || graph.capacityKbps[l] == CompiledTopology.UNLIMITED
                    || graph.capacityKbps[l] - inUse[l] >= required)
                    && clearOf(graph.risks[l], excludedRisks)) {
                usable.set(l);
            }
        }
        for (String id : constraints.excludedLinkIds()) {
            int l = graph.link(id);
            if (l >= 0) {
                usable.clear(l);
            }
        }
        for (String id : constraints.excludedNodeIds()) {
            int v = graph.node(id);
            if (v >= 0) {
                clearNode(graph, usable, v);
            }
        }
        return usable;
    }

    /** Takes every link of a node out of a usable set, which takes the node out of every path but as an end. */
    static void clearNode(CompiledTopology graph, BitSet usable, int node) {
        for (int a = graph.arcStart[node]; a < graph.arcStart[node + 1]; a++) {
            usable.clear(graph.arcLink[a]);
        }
    }

    private static boolean clearOf(int[] risks, BitSet excluded) {
        if (excluded.isEmpty()) {
            return true;
        }
        for (int risk : risks) {
            if (excluded.get(risk)) {
                return false;
            }
        }
        return true;
    }
}
