package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;

/**
 * Dijkstra's algorithm over the usable links of a compiled topology, optionally goal-directed (A*) by a potential:
 * a lower bound of each node's remaining distance to the target that never falls by more than a link's weight; or
 * from several sources at once to the nearest of several targets. With the binary {@link NodeHeap}, which gets a new
 * entry per shortened distance instead of a decreased key, a run settles each node it reaches once and scans each of
 * its arcs once: O((n + m) log n) time (the heap holds up to n + 2m entries, and log m is O(log n) unless nodes have
 * many parallel links) and O(n + m) space. The arrays are kept between runs of one request (Yen's spur searches run
 * hundreds of times) and told apart by a round stamp instead of being cleared, so a run that stops early costs only
 * what it reached. E. W. Dijkstra, A note on two problems in connexion with graphs, Numerische Mathematik 1 (1959)
 * 269-271; for A*, P. E. Hart, N. J. Nilsson, B. Raphael, A formal basis for the heuristic determination of minimum
 * cost paths, IEEE Transactions on Systems Science and Cybernetics 4(2) (1968) 100-107.
 */
final class DijkstraSearch {
    static final long UNREACHED = Long.MAX_VALUE;

    private final CompiledTopology graph;
    private final long[] distance;
    private final int[] viaLink;
    private final int[] stamp;
    private final NodeHeap heap = new NodeHeap();
    private int round;

    DijkstraSearch(CompiledTopology graph) {
        this.graph = graph;
        distance = new long[graph.nodeCount()];
        viaLink = new int[graph.nodeCount()];
        stamp = new int[graph.nodeCount()];
    }

    /**
     * Settles nodes from the source in order of distance until the target is settled, or every reachable node when
     * the target is -1.
     *
     * @param potential null for plain Dijkstra; else the remaining-distance bound, {@link #UNREACHED} for nodes that
     *                  cannot reach the target (never entered)
     * @return whether the target was reached
     */
    boolean run(int source, int target, long[] weights, BitSet usable, long[] potential) {
        round++;
        heap.clear();
        reach(source, 0, -1);
        if (potential != null && potential[source] == UNREACHED) {
            return false;
        }
        heap.add(potential == null ? 0 : potential[source], source);
        while (!heap.isEmpty()) {
            long key = heap.peekKey();
            int node = heap.poll();
            long known = distance[node];
            if (key != known + (potential == null ? 0 : potential[node])) {
                continue;
            }
            if (node == target) {
                return true;
            }
            for (int a = graph.arcStart[node]; a < graph.arcStart[node + 1]; a++) {
                int link = graph.arcLink[a];
                if (!usable.get(link)) {
                    continue;
                }
                int to = graph.arcTo[a];
                long candidate = known + weights[link];
                if (stamp[to] == round && candidate >= distance[to]) {
                    continue;
                }
                if (potential != null && potential[to] == UNREACHED) {
                    continue;
                }
                reach(to, candidate, link);
                heap.add(potential == null ? candidate : candidate + potential[to], to);
            }
        }
        return target < 0;
    }

    /**
     * Settles nodes from several sources at once (each at distance 0) until one of the targets is settled: the
     * target nearest to any source, with the path to it starting at one source and passing no other.
     *
     * @return the target reached, -1 when none is reachable
     */
    int runToNearest(BitSet sources, BitSet targets, long[] weights, BitSet usable) {
        round++;
        heap.clear();
        for (int source = sources.nextSetBit(0); source >= 0; source = sources.nextSetBit(source + 1)) {
            reach(source, 0, -1);
            heap.add(0, source);
        }
        while (!heap.isEmpty()) {
            long key = heap.peekKey();
            int node = heap.poll();
            if (key != distance[node]) {
                continue;
            }
            if (targets.get(node)) {
                return node;
            }
            for (int a = graph.arcStart[node]; a < graph.arcStart[node + 1]; a++) {
                int link = graph.arcLink[a];
                int to = graph.arcTo[a];
                long candidate = key + weights[link];
                if (usable.get(link) && (stamp[to] != round || candidate < distance[to])) {
                    reach(to, candidate, link);
                    heap.add(candidate, to);
                }
            }
        }
        return -1;
    }

    /** The links of the last run's path to a node, from the node back to where the run started. */
    List<Integer> linksTo(int node) {
        List<Integer> links = new ArrayList<>();
        for (int at = node; viaLink[at] >= 0; at = graph.across(viaLink[at], at)) {
            links.add(viaLink[at]);
        }
        return links;
    }

    /** The distance the last run found to a node, {@link #UNREACHED} when it did not reach it. */
    long distance(int node) {
        return stamp[node] == round ? distance[node] : UNREACHED;
    }

    /** Every node's distance from the last run, {@link #UNREACHED} where it did not reach. */
    long[] distances() {
        long[] all = new long[distance.length];
        for (int v = 0; v < all.length; v++) {
            all[v] = distance(v);
        }
        return all;
    }

    /** The path the last run found to a node it reached, with its distance as metric. */
    ComputedPath path(int target) {
        List<String> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int node = target;
        nodes.add(graph.nodeIds[node]);
        while (viaLink[node] >= 0) {
            int link = viaLink[node];
            links.add(graph.links[link]);
            node = graph.across(link, node);
            nodes.add(graph.nodeIds[node]);
        }
        Collections.reverse(nodes);
        Collections.reverse(links);
        return new ComputedPath(nodes, links, distance[target]);
    }

    private void reach(int node, long at, int link) {
        stamp[node] = round;
        distance[node] = at;
        viaLink[node] = link;
    }
}
