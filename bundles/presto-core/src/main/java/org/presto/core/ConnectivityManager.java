package org.presto.core;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;

/** Creates, reads and deletes connectivity services. Failures are {@link PrestoException}s. */
@ProviderType
public interface ConnectivityManager {

    /** Validates, routes, configures every node on the route and stores the service; returns it INSTALLED. */
    ConnectivityService create(ConnectivityRequest request);

    /**
     * Changes a service in place: a new CE-VLAN on an end point is configured on its edge node (the old one put back
     * if that fails), a new requested capacity is checked against what its SIPs and links have left.
     *
     * @return the service as it is now
     */
    ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update);

    /** Removes the service's configuration from every device, then the service; returns it as it was. */
    ConnectivityService delete(String serviceIdOrName);

    List<ConnectivityService> services();

    /** A service by uuid or by any of its name values. */
    Optional<ConnectivityService> service(String serviceIdOrName);

    /** Every connection of every service: top-level connections and the per-node ones below them. */
    List<Connection> connections();

    /** The connections of one service, its top-level connection first. */
    List<Connection> connections(String serviceUuid);
}
