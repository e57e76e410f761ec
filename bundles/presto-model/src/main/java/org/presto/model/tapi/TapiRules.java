package org.presto.model.tapi;

import java.util.List;
import java.util.Map;
import org.presto.model.Connection;
import org.presto.model.ConnectionEndPoint;
import org.presto.model.ConnectivityService;
import org.presto.model.NetworkTopologyService;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.NodeRuleGroup;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.Route;
import org.presto.model.RoutingConstraint;
import org.presto.model.ServiceInterfacePoint;

/**
 * Where TAPI 2.1.3 and the model (TAPI 2.0 as the MEF NRP API profiles it) differ. Everything not listed here has
 * the same name and nesting in both, so that the interchange is these rules and nothing else.
 */
final class TapiRules {
    private TapiRules() {
    }

    /** TAPI 2.1 groups the context's lists into one container per module; TAPI 2.0 has them on the context. */
    record ContextContainer(String qualifiedName, List<String> members) {
    }

    static final Map<String, ContextContainer> CONTEXT_CONTAINERS = Map.of(
            "topology-context", new ContextContainer("tapi-topology:topology-context",
                    List.of("nw-topology-service", "topology")),
            "connectivity-context", new ContextContainer("tapi-connectivity:connectivity-context",
                    List.of("connectivity-service", "connection")),
            "path-computation-context", new ContextContainer("tapi-path-computation:path-computation-context",
                    List.of("path-comp-service", "path")));

    /** TAPI 2.1 lists the connection end points of an edge point in a container of their own. */
    static final String CEP_LIST = "cep-list";
    static final String CEP_LIST_QUALIFIED = "tapi-connectivity:cep-list";
    static final String CONNECTION_END_POINT = "connection-end-point";

    /**
     * References TAPI 2.0 writes as the bare uuid of the target and TAPI 2.1 as an object with the uuids of the
     * target and its parents; the last key is the target's own.
     */
    record UuidReference(Class<?> owner, String member, List<String> keys) {
        String targetKey() {
            return keys.get(keys.size() - 1);
        }
    }

    static final List<UuidReference> UUID_REFERENCES = List.of(
            new UuidReference(ConnectivityService.class, "connection", List.of("connection-uuid")),
            new UuidReference(Connection.class, "lower-connection", List.of("connection-uuid")),
            new UuidReference(NetworkTopologyService.class, "topology", List.of("topology-uuid")),
            new UuidReference(Route.class, "connection-end-point",
                    List.of("topology-uuid", "node-uuid", "node-edge-point-uuid", "connection-end-point-uuid")),
            new UuidReference(Node.class, "aggregated-node-edge-point",
                    List.of("topology-uuid", "node-uuid", "node-edge-point-uuid")),
            new UuidReference(NodeEdgePoint.class, "aggregated-node-edge-point",
                    List.of("topology-uuid", "node-uuid", "node-edge-point-uuid")),
            new UuidReference(NodeRuleGroup.class, "node-edge-point",
                    List.of("topology-uuid", "node-uuid", "node-edge-point-uuid")),
            new UuidReference(ConnectivityService.class, "coroute-inclusion", List.of("connectivity-service-uuid")),
            new UuidReference(RoutingConstraint.class, "avoid-topology", List.of("topology-uuid")),
            new UuidReference(PathServiceEndPoint.class, "service-interface-point",
                    List.of("service-interface-point-uuid")));

    static UuidReference uuidReference(Class<?> owner, String member) {
        return UUID_REFERENCES.stream().filter(r -> r.owner() == owner && r.member().equals(member)).findFirst()
                .orElse(null);
    }

    /** Members that are a list in TAPI 2.0 and a single value in TAPI 2.1. */
    static boolean isSingleInTapi21(Class<?> owner, String member) {
        return owner == ConnectionEndPoint.class && member.equals("parent-node-edge-point")
                || owner == ServiceInterfacePoint.class && member.equals("layer-protocol-name");
    }

    /**
     * The TAPI 2.1 name of a member that TAPI 2.4 renamed (fixing a typo, or shortening), or null: an edge point's and
     * a connection end point's {@code direction}, {@code queuing-latency-characteristic}.
     */
    static String tapi21MemberName(Class<?> owner, String tapi24) {
        if (tapi24.equals("direction") && owner == NodeEdgePoint.class) {
            return "link-port-direction";
        }
        if (tapi24.equals("direction") && owner == ConnectionEndPoint.class) {
            return "connection-port-direction";
        }
        return tapi24.equals("queuing-latency-characteristic") ? "queing-latency-characteristic" : null;
    }

    /** TAPI 2.4's list of a point's qualifiers, each with its number of instances. */
    static final String QUALIFIER_INSTANCES = "supported-cep-layer-protocol-qualifier-instances";

    /** The TAPI 2.1 leaf-list of qualifiers that {@link #QUALIFIER_INSTANCES} replaced on this type, or null. */
    static String tapi21QualifierList(Class<?> owner) {
        return owner == NodeEdgePoint.class ? "supported-cep-layer-protocol-qualifier"
                : owner == ServiceInterfacePoint.class ? "supported-layer-protocol-qualifier" : null;
    }

    /** The name of a reference member in TAPI 2.1 ({@code *-uuid}) for its TAPI 2.0 name ({@code *-id}). */
    static String tapi21ReferenceName(String tapi20) {
        if (tapi20.equals("owned-node-edge-point-id")) {
            return "node-edge-point-uuid";
        }
        return tapi20.substring(0, tapi20.length() - "id".length()) + "uuid";
    }

    static String tapi20ReferenceName(String tapi21) {
        if (tapi21.equals("node-edge-point-uuid")) {
            return "owned-node-edge-point-id";
        }
        return tapi21.endsWith("-uuid") ? tapi21.substring(0, tapi21.length() - "uuid".length()) + "id" : tapi21;
    }

    static boolean isReferenceType(Class<?> type) {
        return type.getSimpleName().endsWith("Ref");
    }

    /** TAPI 2.1 merged the photonic layers of TAPI 2.0 into PHOTONIC_MEDIA, qualified per point. */
    static final String PHOTONIC_MEDIA = "PHOTONIC_MEDIA";
    static String tapi21Layer(String tapi20) {
        return switch (tapi20) {
            case "OTSiA", "OCH" -> PHOTONIC_MEDIA;
            case "OTU" -> "ODU";
            case "ETY" -> "DSR";
            default -> tapi20;
        };
    }

    /** The MEF NRP augmentations, which TAPI 2.1 does not know; they keep their module's name in 2.1 documents. */
    static boolean isNrpAugmentation(String member) {
        return member.startsWith("nrp-carrier-eth-");
    }

    static final String NRP_MODULE = "nrp-interface";
    static final String CONTEXT = "tapi-common:context";

    /** The members that identify an object (list keys): a document whose key cannot be read is refused. */
    static boolean isKey(String member) {
        return member.equals("uuid") || member.equals("local-id") || member.equals("value-name");
    }

    /** Members without which an object means nothing, so that it is left out with them. */
    static List<String> required(Class<?> type) {
        return type == org.presto.model.CapacityValue.class ? List.of("value", "unit") : List.of();
    }
}
