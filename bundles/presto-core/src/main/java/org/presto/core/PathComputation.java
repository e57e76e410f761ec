package org.presto.core;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.Path;
import org.presto.model.PathComputationService;

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

    List<PathComputationService> pathComputationServices();

    List<Path> paths();
}
