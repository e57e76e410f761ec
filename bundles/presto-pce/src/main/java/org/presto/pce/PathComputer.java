package org.presto.pce;

import org.osgi.annotation.versioning.ProviderType;

/** Computes routes over a topology. Implementations are stateless and safe for concurrent use. */
@ProviderType
public interface PathComputer {

    /** The best path for the request's objective, or the cause when no path meets its constraints. */
    PathResult shortestPath(PathRequest request);
}
