package org.presto.core;

import org.presto.model.Capacity;
import org.presto.model.ConnectivityServiceEndPoint;

/**
 * What a client changes on a connectivity service: the CE-VLAN of one end point (named by its local-id) and the
 * requested capacity; null members stay as they are.
 */
public record ConnectivityUpdate(ConnectivityServiceEndPoint endPoint, Capacity requestedCapacity) {
}
