package org.presto.core;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.Path;
import org.presto.model.PathComputationService;
import org.presto.pce.ComputedPath;

/**
 * Path computation without provisioning (TAPI path computation): a path between two service interface points over
 * the current network, kept as a path computation service until deleted. Nothing is reserved or configured.
 */
@ProviderType
public interface PathComputation {

    /**
     * Computes a point-to-point path.
     *
     * @throws PrestoException INVALID_INPUT for a request this version cannot honour, NOT_FOUND for an unknown SIP,
     *                         CONFLICT when no path satisfies the constraints
     */
    PathComputationService computePath(PathComputationRequest request);

    /**
     * Computes a path again, with the constraints and objective given replacing the service's own; the path keeps
     * its uuid.
     */
    PathComputationService optimizePath(String pathIdOrName, PathComputationRequest changes);

    /** Deletes a path and its path computation service; returns the service as it was. */
    PathComputationService deletePath(String pathIdOrName);

    /**
     * Computes paths without keeping them, with every constraint the path computer has, beyond what
     * compute-p-2-p-path can express: what an operator asks before committing to a route.
     *
     * @param route  exclusions (nodes, links, risks), ordered waypoints and bounds (hops, latency); diversity from
     *               services is not taken here
     * @param choice the best path, the k best, or a disjoint pair
     * @return the paths found, best first; never empty
     * @throws PrestoException INVALID_INPUT for a combination the path computer cannot honour (waypoints with
     *                         several paths, bounds with a disjoint pair), NOT_FOUND for an unknown SIP, node or
     *                         link, CONFLICT with the cause as tag when there is no path (or no disjoint pair)
     */
    List<ComputedPath> explore(PathComputationRequest request, RouteConstraints route, PathChoice choice);

    List<PathComputationService> pathComputationServices();

    List<Path> paths();
}
