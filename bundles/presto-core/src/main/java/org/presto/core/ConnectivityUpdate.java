package org.presto.core;

import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityServiceEndPoint;

/**
 * What a client changes on a connectivity service; null members stay as they are.
 *
 * @param endPoint            an end point named by its local-id: a new CE-VLAN for one the service has, or, for a
 *                            multipoint service, a new end point joining it (a local-id it does not have yet)
 * @param requestedCapacity   the new requested capacity
 * @param administrativeState LOCKED takes the service off the devices, keeping its resources reserved; UNLOCKED
 *                            puts it back. Changed alone, in a request of its own.
 */
public record ConnectivityUpdate(ConnectivityServiceEndPoint endPoint, Capacity requestedCapacity,
                                 AdministrativeState administrativeState) {

    /** A change of end point or capacity, the state as it is. */
    public ConnectivityUpdate(ConnectivityServiceEndPoint endPoint, Capacity requestedCapacity) {
        this(endPoint, requestedCapacity, null);
    }
}
