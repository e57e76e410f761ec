package org.presto.api.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.IdOrName;

/**
 * The tapi-connectivity RPCs: create, update and delete a connectivity service, and read services and connections,
 * each named by uuid or name. A create's route constraints are read by {@link RouteConstraintsInput}.
 */
final class ConnectivityOperations implements RpcOperations {
    private final ConnectivityManager connectivity;
    private final RouteConstraintsInput routes;

    ConnectivityOperations(ConnectivityManager connectivity, NetworkInventory inventory, PathComputation paths) {
        this.connectivity = connectivity;
        this.routes = new RouteConstraintsInput(inventory, paths);
    }

    @Override
    public Map<String, Function<RpcInput, Object>> operations() {
        return Map.of(
                "create-connectivity-service", this::create,
                "delete-connectivity-service", this::delete,
                "update-connectivity-service", this::update,
                "get-connectivity-service-list", in -> in.noInput(Map.of("service", connectivity.services())),
                "get-connectivity-service-details", this::serviceDetails,
                "get-connection-details", this::connectionDetails);
    }

    private Object create(RpcInput in) {
        CreateConnectivityServiceInput input = in.as(CreateConnectivityServiceInput.class);
        if (input.state() != null && !input.state().isBlank() && !input.state().equals("UNLOCKED")) {
            throw RestconfError.invalidValue("state '" + input.state() + "' is not supported; a service is created "
                    + "UNLOCKED", "/input/state");
        }
        ConnectivityConstraintInput constraint = input.connConstraint();
        ConnectivityService service = connectivity.create(new ConnectivityRequest(null, input.endPoint(),
                constraint == null ? null : constraint.serviceType(),
                constraint == null ? null : constraint.requestedCapacity(),
                constraint == null ? null : constraint.routeObjectiveFunction(),
                routes.of(input.topoConstraint(), constraint),
                constraint == null ? null : constraint.serviceLevel(), input.nrpCarrierEthConnectivityResource()));
        return Map.of("service", service);
    }

    private Object update(RpcInput in) {
        UpdateConnectivityServiceInput input = in.as(UpdateConnectivityServiceInput.class);
        if (input.serviceIdOrName() == null || input.serviceIdOrName().isBlank()) {
            throw RestconfError.invalidValue("service-id-or-name is required", "/input/service-id-or-name");
        }
        ConnectivityService current = service(input.serviceIdOrName());
        AdministrativeState state = null;
        if (input.state() != null) {
            state = java.util.Arrays.stream(AdministrativeState.values())
                    .filter(value -> value.name().equals(input.state())).findFirst()
                    .orElseThrow(() -> RestconfError.invalidValue("state '" + input.state() + "' is not an "
                            + "administrative state; LOCKED or UNLOCKED", "/input/state"));
        }
        ConnectivityConstraintInput constraint = input.connConstraint();
        if (constraint != null && constraint.serviceType() != null
                && constraint.serviceType() != current.serviceType()) {
            throw RestconfError.invalidValue("the service-type of a service cannot change",
                    "/input/conn-constraint/service-type");
        }
        if (constraint != null && constraint.serviceLevel() != null
                && !constraint.serviceLevel().equals(current.serviceLevel())) {
            throw RestconfError.invalidValue("a service keeps the service level it was created with",
                    "/input/conn-constraint/service-level");
        }
        if (constraint != null && !constraint.latencyCharacteristic().isEmpty()) {
            throw RestconfError.invalidValue("a latency bound applies to a route; re-routing a service is not "
                    + "supported yet", "/input/conn-constraint/latency-characteristic");
        }
        if (constraint != null && constraint.routeObjectiveFunction() != null
                && constraint.routeObjectiveFunction() != current.routeObjectiveFunction()) {
            throw RestconfError.invalidValue("re-routing a service is not supported yet",
                    "/input/conn-constraint/route-objective-function");
        }
        return Map.of("service", connectivity.update(current.uuid(), new ConnectivityUpdate(input.endPoint(),
                constraint == null ? null : constraint.requestedCapacity(), state)));
    }

    private Object delete(RpcInput in) {
        return Map.of("service", connectivity.delete(in.requiredString("service-id-or-name",
                Set.of("service-id-or-name"))));
    }

    private ConnectivityService service(String idOrName) {
        return connectivity.service(idOrName).orElseThrow(() -> RestconfError.notFound(
                "no connectivity service with uuid or name '" + idOrName + "'", "/input/service-id-or-name"));
    }

    private Object serviceDetails(RpcInput in) {
        return Map.of("service", service(in.requiredString("service-id-or-name", Set.of("service-id-or-name"))));
    }

    private Object connectionDetails(RpcInput in) {
        Set<String> allowed = Set.of("service-id-or-name", "connection-id-or-name");
        String serviceId = in.string("service-id-or-name", allowed);
        String connectionId = in.requiredString("connection-id-or-name", allowed);
        var candidates = serviceId == null ? connectivity.connections()
                : connectivity.connections(service(serviceId).uuid());
        Connection connection = IdOrName.find(candidates, Connection::uuid, Connection::name, connectionId)
                .orElseThrow(() -> RestconfError.notFound("no connection with uuid or name '"
                        + connectionId + "'", "/input/connection-id-or-name"));
        return Map.of("connection", connection);
    }
}
