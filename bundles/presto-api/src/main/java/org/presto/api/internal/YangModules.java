package org.presto.api.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The YANG module of each RPC of the NRP API, for module-qualified names (RFC 8040 and RFC 7951).
 * The RPCs are all seventeen of the swagger.
 */
final class YangModules {
    private static final Map<String, String> RPCS = Map.ofEntries(
            Map.entry("get-service-interface-point-list", "tapi-common"),
            Map.entry("get-service-interface-point-details", "tapi-common"),
            Map.entry("update-service-interface-point", "tapi-common"),
            Map.entry("get-topology-list", "tapi-topology"),
            Map.entry("get-topology-details", "tapi-topology"),
            Map.entry("get-node-details", "tapi-topology"),
            Map.entry("get-node-edge-point-details", "tapi-topology"),
            Map.entry("get-link-details", "tapi-topology"),
            Map.entry("create-connectivity-service", "tapi-connectivity"),
            Map.entry("update-connectivity-service", "tapi-connectivity"),
            Map.entry("delete-connectivity-service", "tapi-connectivity"),
            Map.entry("get-connectivity-service-list", "tapi-connectivity"),
            Map.entry("get-connectivity-service-details", "tapi-connectivity"),
            Map.entry("get-connection-details", "tapi-connectivity"),
            Map.entry("compute-p-2-p-path", "tapi-path-computation"),
            Map.entry("optimize-p-2-p-path", "tapi-path-computation"),
            Map.entry("delete-p-2-p-path", "tapi-path-computation"));

    private YangModules() {
    }

    /** The module defining an RPC of the swagger; empty for a name the swagger does not define. */
    static Optional<String> ofRpc(String rpc) {
        return Optional.ofNullable(RPCS.get(rpc));
    }

    static Set<String> rpcs() {
        return RPCS.keySet();
    }
}
