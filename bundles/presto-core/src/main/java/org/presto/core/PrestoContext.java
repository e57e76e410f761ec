package org.presto.core;

import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.Context;

/**
 * The whole TAPI context Presto offers its clients at one moment: service interface points, the topology with the
 * connection end points of the current connections, the connectivity services and their connections.
 */
@ProviderType
public interface PrestoContext {

    Context context();
}
