package org.presto.api.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.DELETE;
import javax.ws.rs.Encoded;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.presto.core.ConnectivityManager;
import org.presto.core.PrestoException;
import org.presto.model.yang.Rfc7951Writer;
import org.presto.model.yang.SchemaNode;
import org.presto.model.yang.YangSchema;

/**
 * DELETE of a connectivity service (as delete-connectivity-service does) or of one end point of a multipoint service
 * (the service keeps the rest), by the same paths; 204 when done. Other data is read-only here.
 *
 * <p>GET of the context and anything inside it, by the swagger's paths (/data/context/connectivity-service=UUID/),
 * RFC 8040 paths (/data/tapi-common:context/tapi-connectivity:connectivity-service=UUID) and the RESTCONF-draft
 * datastores (/operational/..., /config/..., where a list entry's key may also be a segment of its own), as
 * {@link DataPath} finds them; a key is a uuid, local-id or name. RFC 8040's depth and fields parameters prune the
 * reply ({@link DataQuery}), content keeps configuration or state data ({@link ContentFilter}). Swagger paths answer
 * with the object itself, as the swagger defines; RFC 8040 paths
 * (a module-qualified root) answer RFC 7951 JSON under the resource's module-qualified name.
 *
 * <p>Beside the context, the server's YANG library ({@link YangLibrary}) at /data/ietf-yang-library:yang-library and
 * /data/ietf-yang-library:modules-state.
 */
@Path("{datastore : data|operational|config}")
public class DataResource {
    private static final String LIBRARY = "ietf-yang-library:";
    private final ContextSlices slices;
    private final ConnectivityManager connectivity;
    private final ObjectMapper json;
    private final YangSchema schema;
    private final YangLibrary library;

    DataResource(ContextSlices slices, ConnectivityManager connectivity, ObjectMapper json, YangSchema schema,
                 YangLibrary library) {
        this.slices = slices;
        this.connectivity = connectivity;
        this.json = json;
        this.schema = schema;
        this.library = library;
    }

    @DELETE
    @Path("{path : .+}")
    public Response delete(@PathParam("datastore") String datastore, @Encoded @PathParam("path") String path) {
        List<String> segments = segments(path);
        String dataPath = "/" + String.join("/", segments);
        if (datastore.equals("operational")) {
            throw new RestconfError(405, "protocol", "operation-not-supported", "the operational datastore is "
                    + "read-only", dataPath);
        }
        // as GET finds it: an absent resource is 404 before anything else
        List<DataPath.Step> steps = find(segments).steps();
        DataPath.Step last = steps.get(steps.size() - 1);
        boolean service = steps.size() == 2 && last.member().equals("connectivity-service") && last.entry() != null;
        boolean endPoint = steps.size() == 3 && steps.get(1).member().equals("connectivity-service")
                && last.member().equals("end-point") && last.entry() != null;
        try {
            if (service) {
                connectivity.delete(last.entry().path("uuid").asText());
            } else if (endPoint) {
                connectivity.removeEndPoint(steps.get(1).entry().path("uuid").asText(),
                        last.entry().path("local-id").asText());
            } else {
                throw new RestconfError(405, "protocol", "operation-not-supported", "only a connectivity-service or "
                        + "one end-point of it can be deleted", dataPath);
            }
        } catch (PrestoException e) {
            throw RestconfError.of(e, dataPath);
        }
        return Response.noContent().build();
    }

    /**
     * The path's segments, each percent-decoded on its own (RFC 8040 3.5.3), so that a key holding a "/" (an edge
     * point named "pe2/uni-1", written pe2%2Funi-1) stays one key.
     */
    private static List<String> segments(String encodedPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : encodedPath.split("/")) {
            if (!segment.isEmpty()) {
                try {
                    // URLDecoder reads '+' as a space, which a path does not: keep it
                    segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw RestconfError.invalidValue("malformed percent-encoding in path segment '" + segment + "'",
                            null);
                }
            }
        }
        return segments;
    }

    @GET
    @Path("{path : .+}")
    public Response get(@Encoded @PathParam("path") String path, @QueryParam("depth") String depth,
                        @QueryParam("fields") String fields, @QueryParam("content") String content,
                        @Context UriInfo request) {
        List<String> segments = segments(path);
        DataQuery query = DataQuery.of(depth, fields);
        Boolean config = ContentFilter.parse(content);
        var parameters = request.getQueryParameters();
        ListPage page = ListPage.of(parameters.getFirst("limit"), parameters.getFirst("offset"),
                parameters.getFirst("direction"), parameters.getFirst("cursor"), parameters.getFirst("sort-by"),
                parameters.getFirst("where"), parameters.getFirst("sublist-limit"));
        if (!segments.isEmpty() && segments.get(0).startsWith(LIBRARY)) {
            if (page != null) {
                throw pageOfNoList("/" + String.join("/", segments));
            }
            return library(segments, query, Boolean.TRUE.equals(config), request);
        }
        Found reached = find(segments, page);
        DataPath found = reached.path();
        JsonNode node = found.node();
        ListPage.Page<JsonNode> paged = reached.page();
        if (page != null && paged == null) {
            if (found.last().entry() != null || !node.isArray()) {
                throw pageOfNoList("/" + String.join("/", segments));
            }
            List<JsonNode> entries = new ArrayList<>();
            node.forEach(entries::add);
            paged = page.apply(page.sorted(entries), ListPage::keyOf);
            node = json.createArrayNode().addAll(paged.entries());
        }
        if (config != null) {
            node = ContentFilter.keep(node, schemaNode(found), config);
            if (node == null) {
                throw RestconfError.notFound("no " + content + " data here", "/" + String.join("/", segments));
            }
            node = found.last().entry() != null && node.isArray() ? node.get(0) : node;
        }
        node = query.prunes() ? query.apply(node) : node;
        boolean qualified = segments.get(0).contains(":");
        JsonNode body = qualified ? rfc7951(found, node) : node;
        if (qualified && paged != null) {
            ListPage.annotate(body.elements().next(), paged);
        }
        return Response.ok(written(body), MediaType.APPLICATION_JSON).build();
    }

    /** The reply written to the connection as it is generated, not first made into one string. */
    private StreamingOutput written(JsonNode body) {
        return out -> {
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeTree(generator, body);
            generator.flush();
        };
    }

    private static RestconfError pageOfNoList(String path) {
        return new RestconfError(400, "application", "operation-not-supported", "limit, offset, direction, cursor "
                + "and sort-by apply to a list, and this is not one", path);
    }

    /** The YANG library, whole: state data, so nothing of it is configuration. */
    private Response library(List<String> segments, DataQuery query, boolean configOnly, UriInfo request) {
        String root = segments.get(0);
        ObjectNode reply = switch (root) {
            case LIBRARY + "yang-library" -> library.yangLibrary(request.getBaseUri());
            case LIBRARY + "modules-state" -> library.modulesState(request.getBaseUri());
            default -> throw RestconfError.notFound("no such resource: " + root + " (ietf-yang-library serves "
                    + "yang-library and modules-state)", "/" + root);
        };
        if (segments.size() > 1 || configOnly) {
            throw RestconfError.notFound(configOnly ? "the YANG library is state data, none of it configuration"
                    : "the YANG library is served whole, at /data/" + root, "/" + String.join("/", segments));
        }
        if (query.prunes()) {
            reply.set(root, query.apply(reply.get(root)));
        }
        return Response.ok(reply.toString(), MediaType.APPLICATION_JSON).build();
    }

    private DataPath find(List<String> segments) {
        return find(segments, null).path();
    }

    /** What a path found, walked, and the page of it when only that page was taken from the context. */
    private record Found(DataPath path, ListPage.Page<JsonNode> page) {
    }

    private Found find(List<String> segments, ListPage page) {
        if (segments.isEmpty()) {
            throw RestconfError.notFound("no such resource (the data tree starts at context)", "/");
        }
        String root = segments.get(0);
        if (!DataPath.localName(root).equals("context") || root.contains(":") && !root.startsWith("tapi-common:")) {
            throw RestconfError.notFound("no such resource: " + root + " (the data tree starts at context)",
                    "/" + root);
        }
        List<String> below = segments.subList(1, segments.size());
        ContextSlices.Slice slice = slices.reaching(below, page);
        return new Found(DataPath.walk(slice.context(), root, below), slice.page());
    }

    /**
     * The reply of an RFC 8040 path: RFC 7951 JSON of the resource under its module-qualified name, a list entry as
     * a list of one.
     */
    private JsonNode rfc7951(DataPath found, JsonNode node) {
        SchemaNode schemaNode = schemaNode(found);
        ObjectNode reply = json.createObjectNode();
        reply.set(schemaNode.module() + ":" + schemaNode.name(), new Rfc7951Writer().value(schemaNode, node,
                "/" + found.steps().stream().map(DataPath.Step::member).collect(Collectors.joining("/"))));
        return reply;
    }

    /** The schema node of a resource; a member the YANG modules do not define is not an RFC 8040 resource. */
    private SchemaNode schemaNode(DataPath found) {
        SchemaNode schemaNode = schema.top("tapi-common:context").orElseThrow();
        StringBuilder path = new StringBuilder("/tapi-common:context");
        for (DataPath.Step step : found.steps().subList(1, found.steps().size())) {
            path.append('/').append(step.member());
            schemaNode = schemaNode.child(step.member());
            if (schemaNode == null) {
                throw RestconfError.notFound(step.member() + " is Presto's own member, not one of the YANG modules "
                        + "of the API; the swagger's path /data/context/... serves it", path.toString());
            }
        }
        return schemaNode;
    }
}
