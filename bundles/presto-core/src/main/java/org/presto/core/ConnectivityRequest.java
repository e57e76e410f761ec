package org.presto.core;

import java.util.List;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Name;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceType;

/** What a client asks for when creating a connectivity service; null members take their defaults. */
public record ConnectivityRequest(List<Name> name, List<ConnectivityServiceEndPoint> endPoints,
                                  ServiceType serviceType, Capacity requestedCapacity,
                                  RouteObjectiveFunction objective) {
    public ConnectivityRequest {
        name = name == null ? List.of() : List.copyOf(name);
        endPoints = endPoints == null ? List.of() : List.copyOf(endPoints);
    }
}
