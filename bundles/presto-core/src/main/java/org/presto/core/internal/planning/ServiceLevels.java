package org.presto.core.internal.planning;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.ServiceLevel;
import org.presto.model.LatencyCharacteristic;

/** The service levels on offer, and what naming one in a request means for its route. */
public final class ServiceLevels {
    static final String PATH = "conn-constraint/service-level";
    private final ConcurrentSkipListMap<String, ServiceLevel> byName = new ConcurrentSkipListMap<>();

    public void add(ServiceLevel level) {
        byName.put(level.name(), level);
    }

    public void remove(ServiceLevel level) {
        byName.remove(level.name(), level);
    }

    public List<ServiceLevel> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The request with what its service level means filled in where the request itself says nothing: the route
     * objective and the latency bound. A level that is not on offer is refused with the list of those that are.
     */
    public ConnectivityRequest apply(ConnectivityRequest request) {
        String name = request.serviceLevel();
        if (name == null || name.isBlank()) {
            return request;
        }
        ServiceLevel level = byName.get(name);
        if (level == null) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH, byName.isEmpty()
                    ? "service-level '" + name + "' is not offered: no service levels are configured"
                    : "service-level '" + name + "' is not offered; the service levels are "
                    + byName.keySet().stream().collect(Collectors.joining(", ")));
        }
        RouteConstraints route = request.routeConstraints();
        if (route.latencyBound().isEmpty() && level.maxLatencyMicros() != null) {
            route = route.withLatencyBound(List.of(LatencyCharacteristic.fixedMicros(level.maxLatencyMicros())));
        }
        return request.withRouting(request.objective() != null ? request.objective() : level.objective(), route);
    }
}
