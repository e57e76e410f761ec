package org.presto.pce.internal;

import java.util.BitSet;
import java.util.Optional;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;

/** One request on its compiled topology: its ends as node numbers, its weights and its search arrays. */
final class PreparedRequest {
    final PathRequest request;
    final CompiledTopology graph;
    final int source;
    final int target;
    final long[] weights;
    final DijkstraSearch search;

    PreparedRequest(PathRequest request, CompiledTopology graph) {
        this.request = request;
        this.graph = graph;
        this.source = graph.node(request.sourceNodeId());
        this.target = graph.node(request.targetNodeId());
        this.weights = graph.weights(request.objective());
        this.search = new DijkstraSearch(graph);
    }

    /** Whether both ends are nodes of the topology. */
    boolean endsKnown() {
        return source >= 0 && target >= 0;
    }

    /** The links usable under these constraints. */
    BitSet usable(PathConstraints constraints) {
        return UsableLinks.of(graph, constraints, request.kbpsInUse());
    }

    /** The best path under these constraints; an excluded end means there is none. */
    Optional<ComputedPath> best(PathConstraints constraints) {
        if (!endsKnown() || constraints.excludedNodeIds().contains(request.sourceNodeId())
                || constraints.excludedNodeIds().contains(request.targetNodeId())) {
            return Optional.empty();
        }
        BitSet usable = usable(constraints);
        if (!constraints.waypoints().isEmpty()) {
            return WaypointSearch.find(this, usable, constraints);
        }
        return best(source, target, usable, constraints, null);
    }

    /**
     * The best path between two nodes over these links, within the constraints' bounds.
     *
     * @param potential remaining-distance lower bounds to {@code to} for a goal-directed search, or null
     */
    Optional<ComputedPath> best(int from, int to, BitSet usable, PathConstraints bounds, long[] potential) {
        return best(from, to, usable, bounds, potential, null);
    }

    /**
     * As {@link #best(int, int, BitSet, PathConstraints, long[])}, with the hop and latency lower bounds to
     * {@code to} computed once for many bounded searches over subsets of the same links.
     */
    Optional<ComputedPath> best(int from, int to, BitSet usable, PathConstraints bounds, long[] potential,
                                BoundedSearch.LowerBounds lower) {
        if (bounds.hasBounds()) {
            return BoundedSearch.find(graph, search, from, to, weights, usable, bounds, lower);
        }
        return search.run(from, to, weights, usable, potential) ? Optional.of(search.path(to)) : Optional.empty();
    }

    BoundedSearch.LowerBounds lowerBounds(int to, BitSet usable) {
        return BoundedSearch.LowerBounds.of(graph, search, to, usable);
    }

    /** Every node's least weight to a node over these links: an exact potential for searches on fewer links. */
    long[] distancesTo(int to, BitSet usable) {
        search.run(to, -1, weights, usable, null);
        return search.distances();
    }
}
