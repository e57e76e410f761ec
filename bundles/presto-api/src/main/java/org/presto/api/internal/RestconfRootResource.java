package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The RESTCONF root resource (RFC 8040 section 3.3: {@code {+restconf}} with its data and operations resources and
 * the yang-library-version), and the text of each YANG module the YANG library gives a location for, at
 * {@code {+restconf}/yang/FILE} ({@link YangLibrary}).
 */
@Path("")
public class RestconfRootResource {
    /** RFC 6020's media type of a YANG module. */
    private static final String YANG = "application/yang";
    private final ObjectMapper json;
    private final YangLibrary library;

    RestconfRootResource(ObjectMapper json, YangLibrary library) {
        this.json = json;
        this.library = library;
    }

    @GET
    public Response root() {
        ObjectNode restconf = json.createObjectNode();
        restconf.putObject("data");
        restconf.putObject("operations");
        restconf.put("yang-library-version", YangLibrary.VERSION);
        return ok(json.createObjectNode().set("ietf-restconf:restconf", restconf));
    }

    @GET
    @Path("yang-library-version")
    public Response yangLibraryVersion() {
        return ok(json.createObjectNode().put("ietf-restconf:yang-library-version", YangLibrary.VERSION));
    }

    @GET
    @Path("yang/{file}")
    public Response module(@PathParam("file") String file, @Context UriInfo request) {
        return library.text(file).map(text -> Response.ok(text, YANG + "; charset=UTF-8").build())
                .orElseThrow(() -> RestconfError.notFound("no YANG module file " + file + "; the YANG library "
                        + "at " + request.getBaseUri().resolve("data/ietf-yang-library:yang-library")
                        + " lists them", null));
    }

    private static Response ok(ObjectNode body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
    }
}
