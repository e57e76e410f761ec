package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.presto.core.PrestoException;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
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
    private final ObjectMapper json;
    private final YangSchema schema;
    private final Map<String, Function<RpcInput, Object>> operations;

    OperationsResource(ConnectivityManager connectivity, NetworkInventory inventory, PathComputation paths,
                       ObjectMapper json, YangSchema schema) {
        this.schema = schema;
        this.json = json;
        Map<String, Function<RpcInput, Object>> all = new HashMap<>();
        for (RpcOperations module : List.of(new ConnectivityOperations(connectivity, inventory, paths),
                new ServiceInterfacePointOperations(inventory), new TopologyOperations(inventory),
                new PathOperations(paths))) {
            all.putAll(module.operations());
        }
        this.operations = Map.copyOf(all);
        if (!operations.keySet().equals(YangModules.rpcs())) {
            throw new IllegalStateException("the operations " + new TreeSet<>(operations.keySet())
                    + " are not those of the swagger " + new TreeSet<>(YangModules.rpcs()));
        }
    }

    /** RFC 8040 section 3.3.2: the operations resource lists every RPC the server offers, module-qualified. */
    @GET
    public Response list() {
        ObjectNode rpcs = json.createObjectNode();
        for (String rpc : new TreeSet<>(operations.keySet())) {
            rpcs.putArray(YangModules.ofRpc(rpc).orElseThrow() + ":" + rpc).addNull();
        }
        return Response.ok(json.createObjectNode().set("ietf-restconf:operations", rpcs).toString(),
                MediaType.APPLICATION_JSON).build();
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
        Object result;
        try {
            result = operations.get(name).apply(RpcInput.parse(json, body));
        } catch (PrestoException e) {
            // the core names the member of the request; RESTCONF places it under the operation's input
            throw RestconfError.of(e, e.member() == null ? null : RpcInput.path(e.member()));
        }
        if (result == RpcOperations.NO_OUTPUT) {
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
}
