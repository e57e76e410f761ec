package org.presto.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Name;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceType;

/**
 * What a client asks for when creating a connectivity service; null members take their defaults. The end point list
 * is kept as given, null elements included, so that validation can name them.
 *
 * @param serviceLevel         a service level the provider offers ({@link ServiceLevel}), or null
 * @param connectivityResource the MEF Carrier Ethernet attributes of the service (EVC), or null
 */
public record ConnectivityRequest(List<Name> name, List<ConnectivityServiceEndPoint> endPoints,
                                  ServiceType serviceType, Capacity requestedCapacity,
                                  RouteObjectiveFunction objective, RouteConstraints routeConstraints,
                                  String serviceLevel, NrpCarrierEthConnectivityResource connectivityResource) {
    public ConnectivityRequest {
        name = name == null ? List.of() : List.copyOf(name);
        endPoints = endPoints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(endPoints));
        routeConstraints = routeConstraints == null ? RouteConstraints.NONE : routeConstraints;
    }

    /** A request without service level or Carrier Ethernet service attributes. */
    public ConnectivityRequest(List<Name> name, List<ConnectivityServiceEndPoint> endPoints, ServiceType serviceType,
                               Capacity requestedCapacity, RouteObjectiveFunction objective,
                               RouteConstraints routeConstraints) {
        this(name, endPoints, serviceType, requestedCapacity, objective, routeConstraints, null, null);
    }

    /** This request with another objective and route constraints (what a service level fills in). */
    public ConnectivityRequest withRouting(RouteObjectiveFunction newObjective, RouteConstraints newConstraints) {
        return new ConnectivityRequest(name, endPoints, serviceType, requestedCapacity, newObjective, newConstraints,
                serviceLevel, connectivityResource);
    }

    /** A request whose route is constrained by capacity only. */
    public ConnectivityRequest(List<Name> name, List<ConnectivityServiceEndPoint> endPoints, ServiceType serviceType,
                               Capacity requestedCapacity, RouteObjectiveFunction objective) {
        this(name, endPoints, serviceType, requestedCapacity, objective, RouteConstraints.NONE);
    }
}
