package org.presto.pce;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Computes routes over a topology. Implementations are stateless and safe for concurrent use. */
@ProviderType
public interface PathComputer {

    /** The best path for the request's objective, or empty when no path meets its constraints. */
    Optional<ComputedPath> shortestPath(PathRequest request);
}
