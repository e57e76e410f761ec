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
     * if that fails), a new requested capacity is checked against what its SIPs and links have left (an E-Line moves
     * to another route, make-before-break, when its own cannot carry it), a multipoint service gains an end point,
     * and the administrative state locks or unlocks the service. All or nothing.
     *
     * @return the service as it is now
     */
    ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update);

    /**
     * Removes one end point of a multipoint service (E-LAN, E-Tree), with the branch of its tree that served only
     * that end point; the service keeps at least two end points (an E-Tree at least one root).
     *
     * @return the service as it is now
     */
    ConnectivityService removeEndPoint(String serviceIdOrName, String localId);

    /** Removes the service's configuration from every device, then the service; returns it as it was. */
    ConnectivityService delete(String serviceIdOrName);

    /** Every service, in uuid order, each stated as it is read from the list (so a page of it costs the page). */
    List<ConnectivityService> services();

    /** A service by uuid or by any of its name values. */
    Optional<ConnectivityService> service(String serviceIdOrName);

    /** Every connection of every service: top-level connections and the per-node ones below them. */
    List<Connection> connections();

    /** The service levels the provider offers, by name (each an etc/org.presto.servicelevel-*.cfg). */
    List<ServiceLevel> serviceLevels();

    /** The connections of one service, its top-level connection first. */
    List<Connection> connections(String serviceUuid);
}
