package org.presto.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The API's OpenAPI document at /restconf/openapi.json and the Swagger UI try-it page on it at /restconf/ui/. The
 * page's files come from the swagger-ui webjar embedded in this bundle; only plain file names are served from it.
 */
@Path("")
public class ApiDocsResource {
    private static final String OWN = "/org/presto/api/internal/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> MEDIA_TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "png", "image/png",
            "json", "application/json", "txt", "text/plain; charset=UTF-8", "map", "application/json");

    private final byte[] openApi;
    private final String webjar;

    ApiDocsResource() {
        this.openApi = read(OWN + "openapi/presto-nrp.json");
        Properties webjarPom = new Properties();
        try (InputStream in = resource("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            webjarPom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the swagger-ui webjar is missing from the bundle", e);
        }
        this.webjar = "/META-INF/resources/webjars/swagger-ui/" + webjarPom.getProperty("version") + "/";
    }

    @GET
    @Path("openapi.json")
    public Response openApi() {
        return Response.ok(openApi, "application/json").build();
    }

    /** The page; without the trailing slash its relative links would miss, so the browser is sent to it. */
    @GET
    @Path("ui")
    public Response page(@Context UriInfo request) {
        String path = request.getRequestUri().getRawPath();
        if (!path.endsWith("/")) {
            // a relative reference (RFC 7231 7.1.2), so that no Host header a client sent is sent back
            return Response.status(Response.Status.SEE_OTHER).header("Location", "ui/").build();
        }
        return file("index.html");
    }

    @GET
    @Path("ui/{file}")
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (!FILE_NAME.matcher(file).matches() || !MEDIA_TYPES.containsKey(extension)) {
            throw RestconfError.notFound("no file " + file + " in the API page", null);
        }
        InputStream own = ApiDocsResource.class.getResourceAsStream(OWN + "ui/" + file);
        InputStream content = own != null ? own : ApiDocsResource.class.getResourceAsStream(webjar + file);
        if (content == null) {
            throw RestconfError.notFound("no file " + file + " in the API page", null);
        }
        // streamed from the bundle: the page's scripts are megabytes and need not sit in memory per request
        return Response.ok(content, MEDIA_TYPES.get(extension)).build();
    }

    private static byte[] read(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the bundle", e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = ApiDocsResource.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not in the bundle");
        }
        return in;
    }
}
