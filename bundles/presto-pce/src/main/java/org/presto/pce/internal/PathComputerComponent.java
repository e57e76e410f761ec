package org.presto.pce.internal;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathComputer;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.SpectrumRequest;
import org.presto.pce.TreeRequest;
import org.presto.pce.TreeResult;
import org.presto.pce.SpectrumResult;
import org.presto.pce.Waypoint;

/**
 * The path computer Presto registers: it compiles a topology once into arrays ({@link CompiledTopologies}) and hands
 * each request to the algorithm for it, one class each: the best path ({@link DijkstraSearch}; with a hop or latency
 * bound the exact {@link BoundedSearch}; with waypoints {@link WaypointSearch}), the k best loopless paths
 * ({@link YenKShortestPaths}), disjoint pairs ({@link DisjointPairSearch}, {@link RiskDisjointPairSearch}), routing
 * with spectrum assignment ({@link SpectrumAssignment}) and multipoint trees ({@link MultipointTreeSearch}). Ties are
 * broken by node id so that the same request always gets the same route. When there is no path, it finds out which
 * constraint is to blame by relaxing them one by one.
 */
@Component(service = PathComputer.class)
public class PathComputerComponent implements PathComputer {

    /** The most paths one k-shortest request may ask for. */
    static final int MAX_K = 20;

    /** Enough for the live network, a what-if copy and a few in flight. */
    private final CompiledTopologies compiled = new CompiledTopologies(4);

    @Override
    public PathResult shortestPath(PathRequest request) {
        PathConstraints constraints = request.constraints();
        for (String end : List.of(request.sourceNodeId(), request.targetNodeId())) {
            if (constraints.excludedNodeIds().contains(end)) {
                return new PathResult.NotFound(Cause.CONTRADICTORY_CONSTRAINTS, "node " + end
                        + " is an end of the path and excluded (unavailable) at once");
            }
        }
        for (Waypoint waypoint : constraints.waypoints()) {
            if (waypoint.kind() == Waypoint.Kind.NODE ? constraints.excludedNodeIds().contains(waypoint.id())
                    : constraints.excludedLinkIds().contains(waypoint.id())) {
                return new PathResult.NotFound(Cause.CONTRADICTORY_CONSTRAINTS, waypoint
                        + " is to be included and excluded (or unavailable) at once");
            }
        }
        PreparedRequest prepared = prepare(request);
        Optional<ComputedPath> found = prepared.best(constraints);
        if (found.isPresent()) {
            return new PathResult.Found(found.get());
        }
        String between = " from node " + request.sourceNodeId() + " to node " + request.targetNodeId();
        if (prepared.best(constraints.withoutBounds().withRequiredKbps(0)).isEmpty()) {
            return new PathResult.NotFound(Cause.NO_PATH, "no " + (constraints.waypoints().isEmpty() ? ""
                    : "loop-free ") + "path" + between + " over available nodes and enabled links"
                    + (constraints.layer() == null ? "" : " of layer " + constraints.layer())
                    + (constraints.waypoints().isEmpty() ? "" : " through " + constraints.waypoints() + " in order"));
        }
        if (constraints.requiredKbps() > 0 && prepared.best(constraints.withoutBounds()).isEmpty()) {
            return new PathResult.NotFound(Cause.INSUFFICIENT_BANDWIDTH, "every path" + between + " has a link with "
                    + "less than " + constraints.requiredKbps() + " kbit/s available");
        }
        if (constraints.maxHops() != null && prepared.best(constraints.withMaxLatencyMicros(null)).isEmpty()) {
            return new PathResult.NotFound(Cause.HOP_LIMIT_EXCEEDED, "every path" + between + " has more than "
                    + constraints.maxHops() + " links");
        }
        return new PathResult.NotFound(Cause.LATENCY_EXCEEDED, "every path" + between + " has more than "
                + constraints.maxLatencyMicros() + " us of latency");
    }

    @Override
    public List<ComputedPath> kShortestPaths(PathRequest request, int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k is between 1 and " + MAX_K + ", not " + k);
        }
        if (!request.constraints().waypoints().isEmpty()) {
            throw new IllegalArgumentException("k shortest paths through waypoints are not supported");
        }
        return YenKShortestPaths.find(prepare(request), k);
    }

    @Override
    public Optional<List<ComputedPath>> disjointPair(PathRequest request, Disjointness disjointness) {
        if (request.constraints().hasBounds()) {
            throw new IllegalArgumentException("disjoint pairs do not honour hop or latency bounds yet");
        }
        if (!request.constraints().waypoints().isEmpty()) {
            throw new IllegalArgumentException("disjoint pairs through waypoints are not supported");
        }
        if (request.constraints().excludedNodeIds().contains(request.sourceNodeId())
                || request.constraints().excludedNodeIds().contains(request.targetNodeId())
                || request.sourceNodeId().equals(request.targetNodeId())) {
            return Optional.empty();
        }
        PreparedRequest prepared = prepare(request);
        if (!prepared.endsKnown()) {
            return Optional.empty();
        }
        return disjointness == Disjointness.SRLG ? RiskDisjointPairSearch.find(prepared)
                : DisjointPairSearch.find(prepared, disjointness);
    }

    @Override
    public SpectrumResult routeAndAssignSpectrum(PathRequest request, SpectrumRequest spectrum) {
        if (!request.constraints().waypoints().isEmpty()) {
            throw new IllegalArgumentException("spectrum assignment through waypoints is not supported");
        }
        if (request.sourceNodeId().equals(request.targetNodeId())) {
            throw new IllegalArgumentException("a photonic path joins two different nodes");
        }
        List<ComputedPath> candidates = YenKShortestPaths.find(prepare(request), SpectrumAssignment.CANDIDATE_PATHS);
        if (candidates.isEmpty()) {
            PathResult.NotFound why = (PathResult.NotFound) shortestPath(request);
            return new SpectrumResult.NotAssigned(why.cause(), why.detail());
        }
        return SpectrumAssignment.find(candidates, spectrum);
    }

    @Override
    public TreeResult multipointTree(TreeRequest request) {
        return MultipointTreeSearch.find(request, compiled.of(request.topology()));
    }

    private PreparedRequest prepare(PathRequest request) {
        return new PreparedRequest(request, compiled.of(request.topology()));
    }
}
