package org.presto.api.internal;

import java.util.Locale;
import java.util.Set;
import org.presto.security.Role;

/**
 * The role each request needs, from its method and path (relative to the RESTCONF root): reading anything is a
 * viewer's, as are the RPCs that only read; creating, changing and deleting services and paths is an operator's;
 * changing a resource (a SIP's state) is an admin's. Every path needs one, but for a short documented list that
 * holds no data of the network: the API's document ({@code openapi.json}) and the try-it page's static files
 * ({@code ui/}), so that a browser loads the page and its user then authorises in its dialogue, with Basic
 * credentials or a token, which the page sends with every call it makes.
 */
final class AccessPolicy {
    /** RPCs that change a resource rather than a service: an admin's. */
    private static final Set<String> ADMIN_RPCS = Set.of("update-service-interface-point");

    private AccessPolicy() {
    }

    /** The role a request needs; null for the public documents. */
    static Role needed(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        String stripped = path.startsWith("/") ? path.substring(1) : path;
        if (verb.equals("GET") || verb.equals("HEAD")) {
            boolean document = stripped.equals("openapi.json") || stripped.equals("ui") || stripped.startsWith("ui/");
            return document ? null : Role.VIEWER;
        }
        if (verb.equals("OPTIONS")) {
            return Role.VIEWER;
        }
        if (verb.equals("POST") && stripped.startsWith("operations/")) {
            String rpc = stripped.substring("operations/".length());
            rpc = rpc.endsWith("/") ? rpc.substring(0, rpc.length() - 1) : rpc;
            rpc = rpc.substring(rpc.indexOf(':') + 1);
            if (rpc.startsWith("get-")) {
                return Role.VIEWER;
            }
            return ADMIN_RPCS.contains(rpc) ? Role.ADMIN : Role.OPERATOR;
        }
        // DELETE of a service or an end point; other writes are refused as unsupported once authorised
        return Role.OPERATOR;
    }
}
