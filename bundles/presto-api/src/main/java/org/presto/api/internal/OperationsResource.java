package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.presto.model.IdOrName;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.model.AdministrativeState;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.yang.Rfc7951Writer;
import org.presto.model.yang.SchemaNode;
import org.presto.model.yang.YangSchema;

/**
 * The RPCs of the NRP API: POST /operations/NAME with {"input": ...}, answered with {"output": ...} in the swagger's
 * form. NAME may be module-qualified as RFC 8040 writes it (tapi-connectivity:create-connectivity-service); the reply
 * is then RFC 7951 JSON, {"tapi-connectivity:output": ...}.
 */
@Path("operations")
public class OperationsResource {
    private final ConnectivityManager connectivity;
    private final NetworkInventory inventory;
    private final ObjectMapper json;
    private final YangSchema schema;
    private final Map<String, Function<RpcInput, Object>> operations;
    private final RouteConstraintsInput routes;
    /** What an operation whose YANG definition has no output returns. */
    private static final Object NO_OUTPUT = new Object();

    OperationsResource(ConnectivityManager connectivity, NetworkInventory inventory, PathComputation paths,
                       ObjectMapper json, YangSchema schema) {
        this.connectivity = connectivity;
        this.schema = schema;
        this.inventory = inventory;
        this.json = json;
        this.routes = new RouteConstraintsInput(inventory, paths);
        Map<String, Function<RpcInput, Object>> all = new HashMap<>(Map.of(
                "create-connectivity-service", this::create,
                "delete-connectivity-service", this::delete,
                "update-connectivity-service", this::update,
                "get-connectivity-service-list", in -> in.noInput(Map.of("service", connectivity.services())),
                "get-connectivity-service-details", this::serviceDetails,
                "get-connection-details", this::connectionDetails,
                "get-service-interface-point-list", in -> in.noInput(
                        Map.of("sip", inventory.serviceInterfacePoints())),
                "get-service-interface-point-details", this::sipDetails,
                "update-service-interface-point", this::updateSip));
        all.putAll(new TopologyOperations(inventory).operations());
        all.putAll(new PathOperations(paths).operations());
        this.operations = Map.copyOf(all);
        if (!operations.keySet().equals(YangModules.rpcs())) {
            throw new IllegalStateException("the operations " + new TreeSet<>(operations.keySet())
                    + " are not those of the swagger " + new TreeSet<>(YangModules.rpcs()));
        }
    }

    @POST
    @Path("{rpc}")
    public Response invoke(@PathParam("rpc") String rpc, byte[] body) {
        int colon = rpc.indexOf(':');
        String name = colon < 0 ? rpc : rpc.substring(colon + 1);
        Optional<String> module = YangModules.ofRpc(name);
        if (module.isEmpty() || (colon >= 0 && !rpc.substring(0, colon).equals(module.get()))) {
            throw RestconfError.notFound("no operation " + rpc + " in the Presto NRP API", null);
        }
        Object result = operations.get(name).apply(RpcInput.parse(json, body));
        if (result == NO_OUTPUT) {
            // RFC 8040 3.6.2: an operation without output parameters answers 204
            return Response.noContent().build();
        }
        ObjectNode output = json.createObjectNode();
        if (colon < 0) {
            output.set("output", json.valueToTree(result));
        } else {
            // RFC 8040 3.6.2 and RFC 7951: the output of a module-qualified operation is module-qualified JSON
            SchemaNode outputNode = schema.top(module.get() + ":" + name).orElseThrow().child("output");
            output.set(module.get() + ":output", new Rfc7951Writer().value(outputNode, json.valueToTree(result),
                    "/" + rpc + "/output"));
        }
        return Response.ok(output.toString(), MediaType.APPLICATION_JSON).build();
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

    private Object updateSip(RpcInput in) {
        UpdateServiceInterfacePointInput input = in.as(UpdateServiceInterfacePointInput.class);
        if (input.sipIdOrName() == null || input.sipIdOrName().isBlank()) {
            throw RestconfError.invalidValue("sip-id-or-name is required", "/input/sip-id-or-name");
        }
        if (input.state() == null) {
            throw RestconfError.invalidValue("state is required: LOCKED or UNLOCKED", "/input/state");
        }
        inventory.updateAdministrativeState(input.sipIdOrName(), input.state());
        return NO_OUTPUT;
    }

    private Object sipDetails(RpcInput in) {
        String id = in.requiredString("sip-id-or-name", Set.of("sip-id-or-name"));
        ServiceInterfacePoint sip = IdOrName.find(inventory.serviceInterfacePoints(), ServiceInterfacePoint::uuid,
                ServiceInterfacePoint::name, id).orElseThrow(() -> RestconfError.notFound(
                "no service interface point with uuid or name '" + id + "'", "/input/sip-id-or-name"));
        return Map.of("sip", sip);
    }
}
