package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * Media types of the RESTCONF resources (RFC 8040 5.2): requests may be sent and answers asked for as
 * application/json or application/yang-data+json; an answer asked for as yang-data+json is labelled so. A body of
 * another type, of a wildcard type or of no stated type is refused with 415, an answer that can only be of another
 * type with 406.
 */
final class RestconfMediaTypeFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final MediaType YANG_DATA_JSON = MediaType.valueOf(RestconfMediaTypes.YANG_DATA_JSON);
    private static final List<MediaType> SERVED = List.of(MediaType.APPLICATION_JSON_TYPE, YANG_DATA_JSON);

    private final ObjectMapper json;

    RestconfMediaTypeFilter(ObjectMapper json) {
        this.json = json;
    }

    private static boolean isRestconf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("data") || path.startsWith("operations") || path.startsWith("operational")
                || path.startsWith("config");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isRestconf(request)) {
            return;
        }
        MediaType body = request.getMediaType();
        // exactly one of the two, no wildcard and never left out: a web page can make a browser send a body
        // without a preflight only as text/plain or a form, so these are what keeps it from writing (CSRF)
        if (request.hasEntity() && (body == null || SERVED.stream().noneMatch(type -> same(type, body)))) {
            request.abortWith(new RestconfError(415, "protocol", "invalid-value", "a request body is "
                    + "application/json or application/yang-data+json" + (body == null ? "; this one says no "
                    + "Content-Type" : ", not " + body), null).toResponse(json));
            return;
        }
        List<MediaType> acceptable = request.getAcceptableMediaTypes();
        if (acceptable.stream().noneMatch(accepted -> SERVED.stream().anyMatch(accepted::isCompatible))) {
            request.abortWith(new RestconfError(406, "protocol", "invalid-value", "answers are application/json or "
                    + "application/yang-data+json; the request accepts neither: " + acceptable, null)
                    .toResponse(json));
        }
    }

    private static boolean same(MediaType served, MediaType given) {
        return served.getType().equalsIgnoreCase(given.getType())
                && served.getSubtype().equalsIgnoreCase(given.getSubtype());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isRestconf(request) || !response.hasEntity()) {
            return;
        }
        boolean asksYangData = request.getAcceptableMediaTypes().stream()
                .anyMatch(accepted -> accepted.getType().equals(YANG_DATA_JSON.getType())
                        && accepted.getSubtype().equals(YANG_DATA_JSON.getSubtype()));
        if (asksYangData && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, RestconfMediaTypes.YANG_DATA_JSON);
        }
    }
}
