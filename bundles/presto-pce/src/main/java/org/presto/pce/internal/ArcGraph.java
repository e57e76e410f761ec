package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * The directed residual graph of a disjoint-pair search, in arrays: two arcs per usable link (one per direction),
 * with node splitting one arc from each node's entry to its exit, and for every arc its reverse, closed until the
 * arc is on the first path. Vertices are nodes, or with splitting {@code 2v} (entry) and {@code 2v + 1} (exit).
 */
final class ArcGraph {
    final int[] from;
    final int[] to;
    final int[] link;
    private final long[] weight;
    private final boolean[] open;
    /** Arc i and arc i ^ 1 are reverses of one another; even arcs are the graph's, odd arcs their reverses. */
    private final int[] start;
    private final int[] byVertex;
    private final int[] linkArcs;
    private final boolean split;
    private final int[] viaArc;
    private final long[] distance;

    ArcGraph(CompiledTopology graph, BitSet usable, long[] weights, boolean split) {
        this.split = split;
        int vertices = split ? 2 * graph.nodeCount() : graph.nodeCount();
        int links = usable.cardinality();
        int count = 2 * (2 * links + (split ? graph.nodeCount() : 0));
        from = new int[count];
        to = new int[count];
        link = new int[count];
        weight = new long[count];
        open = new boolean[count];
        linkArcs = new int[graph.linkCount() * 2];
        int arc = 0;
        for (int l = usable.nextSetBit(0); l >= 0; l = usable.nextSetBit(l + 1)) {
            linkArcs[2 * l] = arc;
            arc = add(arc, exit(graph.linkA[l]), entry(graph.linkB[l]), l, weights[l]);
            linkArcs[2 * l + 1] = arc;
            arc = add(arc, exit(graph.linkB[l]), entry(graph.linkA[l]), l, weights[l]);
        }
        if (split) {
            for (int v = 0; v < graph.nodeCount(); v++) {
                arc = add(arc, entry(v), exit(v), -1, 0);
            }
        }
        start = new int[vertices + 1];
        for (int a = 0; a < count; a++) {
            start[from[a] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            start[v + 1] += start[v];
        }
        byVertex = new int[count];
        int[] next = Arrays.copyOf(start, vertices);
        for (int a = 0; a < count; a++) {
            byVertex[next[from[a]]++] = a;
        }
        viaArc = new int[vertices];
        distance = new long[vertices];
    }

    private int add(int arc, int tail, int head, int l, long w) {
        set(arc, tail, head, l, w, true);
        set(arc + 1, head, tail, l, -w, false);
        return arc + 2;
    }

    private void set(int arc, int tail, int head, int l, long w, boolean isOpen) {
        from[arc] = tail;
        to[arc] = head;
        link[arc] = l;
        weight[arc] = w;
        open[arc] = isOpen;
    }

    int entry(int node) {
        return split ? 2 * node : node;
    }

    int exit(int node) {
        return split ? 2 * node + 1 : node;
    }

    /** The node a vertex belongs to. */
    int node(int vertex) {
        return split ? vertex / 2 : vertex;
    }

    boolean isReverse(int arc) {
        return (arc & 1) == 1;
    }

    /** Puts an arc of the first path into the residual graph: closed, with its reverse open instead. */
    void reverse(int arc) {
        if (link[arc] >= 0) {
            open[linkArcs[2 * link[arc]]] = false;
            open[linkArcs[2 * link[arc] + 1]] = false;
        }
        open[arc] = false;
        open[arc ^ 1] = true;
    }

    /**
     * Dijkstra over the open arcs from a vertex to all it reaches.
     *
     * @param potential null for the first search; for the residual search, the first search's distances, which
     *                  make every open arc's reduced weight non-negative
     * @return the distances, in reduced weights when a potential is given
     */
    long[] shortest(int source, long[] potential) {
        Arrays.fill(distance, DijkstraSearch.UNREACHED);
        Arrays.fill(viaArc, -1);
        NodeHeap heap = new NodeHeap();
        distance[source] = 0;
        heap.add(0, source);
        while (!heap.isEmpty()) {
            long key = heap.peekKey();
            int vertex = heap.poll();
            if (key != distance[vertex]) {
                continue;
            }
            for (int i = start[vertex]; i < start[vertex + 1]; i++) {
                int arc = byVertex[i];
                int head = to[arc];
                if (!open[arc] || potential != null && potential[head] == DijkstraSearch.UNREACHED) {
                    continue;
                }
                long reduced = potential == null ? weight[arc] : weight[arc] + potential[vertex] - potential[head];
                long candidate = key + reduced;
                if (candidate < distance[head]) {
                    distance[head] = candidate;
                    viaArc[head] = arc;
                    heap.add(candidate, head);
                }
            }
        }
        return distance.clone();
    }

    /** The arcs of the last search's path to a vertex it reached, in order. */
    List<Integer> pathTo(int source, int target) {
        List<Integer> arcs = new ArrayList<>();
        for (int at = target; at != source; at = from[viaArc[at]]) {
            arcs.add(viaArc[at]);
        }
        Collections.reverse(arcs);
        return arcs;
    }
}
