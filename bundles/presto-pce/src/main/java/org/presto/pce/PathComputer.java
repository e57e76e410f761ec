package org.presto.pce;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Computes routes over a topology. Implementations are stateless and safe for concurrent use. */
@ProviderType
public interface PathComputer {

    /** The best path for the request's objective, or the cause when no path meets its constraints. */
    PathResult shortestPath(PathRequest request);

    /**
     * Up to k loopless paths meeting the request's constraints, best first (Yen's algorithm); fewer when fewer
     * exist, none when there is no path at all.
     */
    List<ComputedPath> kShortestPaths(PathRequest request, int k);
}
