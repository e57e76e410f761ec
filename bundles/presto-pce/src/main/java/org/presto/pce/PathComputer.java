package org.presto.pce;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Computes routes over a topology. Implementations are stateless and safe for concurrent use. */
@ProviderType
public interface PathComputer {
    /** The cost of a link that states none (or none above 0): one hop. */
    long DEFAULT_LINK_COST = 1;

    /** The latency in microseconds of a link that states none (or none above 0): every link takes some time. */
    long DEFAULT_LINK_LATENCY_MICROS = 1;

    /**
     * The best path for the request's objective, or the cause when no path meets its constraints. Through
     * waypoints the path is the best found by a bounded search (see the architecture guide), not always the best.
     */
    PathResult shortestPath(PathRequest request);

    /**
     * Up to k loopless paths meeting the request's constraints, best first (Yen's algorithm); fewer when fewer
     * exist, none when there is no path at all.
     *
     * @throws IllegalArgumentException if k is not between 1 and 20, or the request has waypoints
     */
    List<ComputedPath> kShortestPaths(PathRequest request, int k);

    /**
     * Two paths meeting the request's pruning constraints that share no link (or no inner node), with the least
     * total weight of the two (Suurballe / Bhandari); empty when no such pair exists. Pairs sharing no risk (SRLG)
     * are exact when the least link-disjoint pair shares none, else the best found over the 20 shortest first
     * paths.
     *
     * @throws IllegalArgumentException if the request bounds hops or latency or has waypoints, which this search
     *                                  does not honour
     */
    java.util.Optional<List<ComputedPath>> disjointPair(PathRequest request, Disjointness disjointness);

    /**
     * Routing and spectrum assignment for a photonic path: of the few best paths meeting the request's constraints
     * (in order of the objective), the first with enough contiguous slots free on every link, and those slots
     * chosen by the request's policy.
     *
     * @throws IllegalArgumentException if the request has waypoints
     */
    SpectrumResult routeAndAssignSpectrum(PathRequest request, SpectrumRequest spectrum);

    /**
     * A tree joining several terminals over links meeting the request's constraints, for multipoint services: the
     * shortest-path heuristic (Takahashi-Matsuyama), at most twice the least total (a Steiner tree, NP-hard), exact
     * for two terminals. NO_PATH or INSUFFICIENT_BANDWIDTH names the first terminal that cannot be reached.
     */
    TreeResult multipointTree(TreeRequest request);
}
