package org.presto.api.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The YANG module of each RPC and data node of the NRP API, for module-qualified names (RFC 8040 and RFC 7951).
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

    private static final Map<String, String> DATA_NODES = Map.ofEntries(
            Map.entry("context", "tapi-common"),
            Map.entry("service-interface-point", "tapi-common"),
            Map.entry("nw-topology-service", "tapi-topology"),
            Map.entry("topology", "tapi-topology"),
            Map.entry("node", "tapi-topology"),
            Map.entry("link", "tapi-topology"),
            Map.entry("owned-node-edge-point", "tapi-topology"),
            Map.entry("node-rule-group", "tapi-topology"),
            Map.entry("inter-rule-group", "tapi-topology"),
            Map.entry("connectivity-service", "tapi-connectivity"),
            Map.entry("connection", "tapi-connectivity"),
            Map.entry("connection-end-point", "tapi-connectivity"),
            Map.entry("switch-control", "tapi-connectivity"),
            Map.entry("path-comp-service", "tapi-path-computation"),
            Map.entry("path", "tapi-path-computation"));

    private YangModules() {
    }

    /** The module defining an RPC of the swagger; empty for a name the swagger does not define. */
    static Optional<String> ofRpc(String rpc) {
        return Optional.ofNullable(RPCS.get(rpc));
    }

    static Set<String> rpcs() {
        return RPCS.keySet();
    }

    /** The module-qualified name of a data node, as the top member of an RFC 8040 answer. */
    static String qualifiedDataNode(String localName) {
        return DATA_NODES.getOrDefault(localName, "tapi-common") + ":" + localName;
    }
}
