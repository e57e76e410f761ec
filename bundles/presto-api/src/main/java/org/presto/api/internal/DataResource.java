package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.presto.core.ConnectivityManager;
import org.presto.core.PrestoContext;
import org.presto.core.PrestoException;

/**
 * DELETE of a connectivity service (as delete-connectivity-service does) or of one end point of a multipoint service
 * (the service keeps the rest), by the same paths; 204 when done. Other data is read-only here.
 *
 * <p>GET of the context and anything inside it, by the swagger's paths (/data/context/connectivity-service=UUID/),
 * RFC 8040 paths (/data/tapi-common:context/tapi-connectivity:connectivity-service=UUID) and the RESTCONF-draft
 * datastores (/operational/..., /config/...). List entries are keyed by uuid, or by local-id where TAPI keys so.
 * Swagger paths answer with the object itself, as the swagger defines; RFC 8040 paths wrap it in its
 * module-qualified name.
 */
@Path("{datastore : data|operational|config}")
public class DataResource {
    private final PrestoContext context;
    private final ConnectivityManager connectivity;
    private final ObjectMapper json;

    DataResource(PrestoContext context, ConnectivityManager connectivity, ObjectMapper json) {
        this.context = context;
        this.connectivity = connectivity;
        this.json = json;
    }

    @DELETE
    @Path("{path : .+}")
    public Response delete(@PathParam("datastore") String datastore, @PathParam("path") String path) {
        List<String> segments = segments(path);
        String dataPath = "/" + String.join("/", segments);
        if (datastore.equals("operational")) {
            throw new RestconfError(405, "protocol", "operation-not-supported", "the operational datastore is "
                    + "read-only", dataPath);
        }
        // as GET finds it: an absent resource is 404 before anything else
        get(path);
        String service = segments.size() >= 2 ? key(segments.get(1), "connectivity-service") : null;
        String endPoint = segments.size() == 3 && service != null ? key(segments.get(2), "end-point") : null;
        try {
            if (service != null && segments.size() == 2) {
                connectivity.delete(service);
            } else if (endPoint != null) {
                connectivity.removeEndPoint(service, endPoint);
            } else {
                throw new RestconfError(405, "protocol", "operation-not-supported", "only a connectivity-service or "
                        + "one end-point of it can be deleted", dataPath);
            }
        } catch (PrestoException e) {
            throw new PrestoException(e.reason(), dataPath, e.tag(), e.getMessage());
        }
        return Response.noContent().build();
    }

    /** The key of a list entry segment "name=key" (module prefix allowed), or null if it is not one of that list. */
    private static String key(String segment, String list) {
        int eq = segment.indexOf('=');
        return eq > 0 && localName(segment.substring(0, eq)).equals(list) ? segment.substring(eq + 1) : null;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    @GET
    @Path("{path : .+}")
    public Response get(@PathParam("path") String path) {
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            throw RestconfError.notFound("no such resource (the data tree starts at context)", "/");
        }
        String root = segments.get(0);
        if (!root.equals("context") && !root.equals("tapi-common:context")) {
            throw RestconfError.notFound("no such resource: " + root + " (the data tree starts at context)",
                    "/" + root);
        }
        JsonNode node = json.valueToTree(context.context());
        StringBuilder walked = new StringBuilder("/" + root);
        for (String segment : segments.subList(1, segments.size())) {
            walked.append('/').append(segment);
            node = step(node, segment, walked.toString());
        }
        String last = segments.get(segments.size() - 1);
        boolean qualified = root.contains(":");
        JsonNode body = qualified ? wrap(last, node) : node;
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
    }

    private static JsonNode step(JsonNode node, String segment, String walked) {
        int eq = segment.indexOf('=');
        String name = localName(eq < 0 ? segment : segment.substring(0, eq));
        JsonNode child = node.get(name);
        if (child == null) {
            throw RestconfError.notFound("no " + name + " here", walked);
        }
        if (eq < 0) {
            return child;
        }
        String key = segment.substring(eq + 1);
        for (JsonNode entry : child) {
            if (key.equals(entry.path("uuid").asText(null)) || key.equals(entry.path("local-id").asText(null))) {
                return entry;
            }
        }
        throw RestconfError.notFound("no " + name + " with key '" + key + "'", walked);
    }

    private JsonNode wrap(String lastSegment, JsonNode node) {
        int eq = lastSegment.indexOf('=');
        String member = eq < 0 ? lastSegment : lastSegment.substring(0, eq);
        String local = localName(member);
        String qualifiedName = member.contains(":") ? member : YangModules.qualifiedDataNode(local);
        ObjectNode wrapper = json.createObjectNode();
        if (eq >= 0) {
            wrapper.putArray(qualifiedName).add(node);
        } else {
            wrapper.set(qualifiedName, node);
        }
        return wrapper;
    }

    private static String localName(String member) {
        int colon = member.indexOf(':');
        return colon < 0 ? member : member.substring(colon + 1);
    }
}
