package org.presto.pce.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.presto.model.Link;
import org.presto.pce.ComputedTree;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.TreeRequest;
import org.presto.pce.TreeResult;

/**
 * The shortest-path heuristic for Steiner trees (Takahashi and Matsuyama): start from the first terminal and add,
 * one at a time, the terminal nearest to the tree so far with its shortest path from the tree. Each path leaves the
 * tree at one node and meets it nowhere else (a search from every tree node at distance 0 settles them first), so
 * the union stays a tree; its total is at most 2 - 2/t times the least possible for t terminals, and the least for
 * two. One multi-source {@link DijkstraSearch} per terminal added: O(t (n + m) log n) time and O(n + m) space.
 * H. Takahashi, A. Matsuyama, An approximate solution for the Steiner problem in graphs, Math. Japonica 24(6) (1980)
 * 573-577.
 */
final class MultipointTreeSearch {
    private MultipointTreeSearch() {
    }

    static TreeResult find(TreeRequest request, CompiledTopology graph) {
        BitSet usable = UsableLinks.of(graph, request.constraints(), request.kbpsInUse());
        long[] weights = graph.weights(request.objective());
        DijkstraSearch search = new DijkstraSearch(graph);
        BitSet remaining = new BitSet();
        for (String id : request.terminalNodeIds()) {
            int node = graph.node(id);
            if (node < 0 || request.constraints().excludedNodeIds().contains(id)) {
                return new TreeResult.NotFound(node < 0 ? Cause.NO_PATH : Cause.CONTRADICTORY_CONSTRAINTS,
                        "terminal " + id + (node < 0 ? " is not a node of the topology" : " is excluded"));
            }
            remaining.set(node);
        }
        int first = graph.node(request.terminalNodeIds().get(0));
        BitSet inTree = new BitSet();
        inTree.set(first);
        remaining.clear(first);
        List<Integer> treeLinks = new ArrayList<>();
        long metric = 0;
        while (!remaining.isEmpty()) {
            int reached = search.runToNearest(inTree, remaining, weights, usable);
            if (reached < 0) {
                int lost = remaining.nextSetBit(0);
                boolean withoutCapacity = search.runToNearest(inTree, remaining, weights, UsableLinks.of(graph,
                        request.constraints().withRequiredKbps(0), request.kbpsInUse())) >= 0;
                return new TreeResult.NotFound(withoutCapacity && request.constraints().requiredKbps() > 0
                        ? Cause.INSUFFICIENT_BANDWIDTH : Cause.NO_PATH, "terminal " + graph.nodeIds[lost]
                        + " cannot be joined to " + graph.nodeIds[first] + " over usable links"
                        + (withoutCapacity ? " with " + request.constraints().requiredKbps() + " kbit/s free" : ""));
            }
            metric += search.distance(reached);
            int at = reached;
            for (int link : search.linksTo(reached)) {
                treeLinks.add(link);
                inTree.set(at);
                at = graph.across(link, at);
            }
            inTree.set(reached);
            remaining.clear(reached);
        }
        List<String> nodes = new ArrayList<>();
        for (int node = inTree.nextSetBit(0); node >= 0; node = inTree.nextSetBit(node + 1)) {
            nodes.add(graph.nodeIds[node]);
        }
        List<Link> links = treeLinks.stream().map(l -> graph.links[l]).toList();
        return new TreeResult.Found(new ComputedTree(nodes, links, metric));
    }
}
