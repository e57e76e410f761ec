package org.presto.core.internal.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.model.Capacity;
import org.presto.model.CapacityValue;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.DiversityPolicy;
import org.presto.model.LayerProtocolName;
import org.presto.model.PortRole;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceType;
import org.presto.pce.Waypoint;

/**
 * Checks a create request against what this version can honour. Anything it cannot honour is refused with the
 * place in the request that asks for it; nothing is silently ignored.
 */
public final class RequestValidator {
    private static final Set<RouteObjectiveFunction> OBJECTIVES = Set.of(RouteObjectiveFunction.MIN_WORK_ROUTE_HOP,
            RouteObjectiveFunction.MIN_WORK_ROUTE_COST, RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY);

    private static final Set<DiversityPolicy> DIVERSITY = java.util.EnumSet.of(DiversityPolicy.LINK,
            DiversityPolicy.NODE, DiversityPolicy.SRLG);

    /** The most end points of one E-LAN: a bridge per node, a member per end point. */
    public static final int MAX_MULTIPOINT_END_POINTS = 64;

    private RequestValidator() {
    }

    public static List<ValidatedEndPoint> validate(ConnectivityRequest request, Inventory network) {
        boolean rooted = request.serviceType() == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY;
        boolean multipoint = request.serviceType() == ServiceType.MULTIPOINT_CONNECTIVITY || rooted;
        if (request.serviceType() != null && request.serviceType() != ServiceType.POINT_TO_POINT_CONNECTIVITY
                && !multipoint) {
            throw invalid("conn-constraint/service-type", "service-type " + request.serviceType()
                    + " is not supported; POINT_TO_POINT_CONNECTIVITY (E-Line), MULTIPOINT_CONNECTIVITY (E-LAN) or "
                    + "ROOTED_MULTIPOINT_CONNECTIVITY (E-Tree)");
        }
        if (request.objective() != null && !OBJECTIVES.contains(request.objective())) {
            throw invalid("conn-constraint/route-objective-function", "route-objective-function "
                    + request.objective() + " is not supported; use one of " + OBJECTIVES);
        }
        if (request.requestedCapacity() != null) {
            capacity(request.requestedCapacity(), "conn-constraint/requested-capacity");
        }
        routeConstraints(request.routeConstraints(), network);
        int count = request.endPoints().size();
        if (multipoint ? count < 2 || count > MAX_MULTIPOINT_END_POINTS : count != 2) {
            throw invalid("end-point", multipoint ? "a multipoint service needs 2 to "
                    + MAX_MULTIPOINT_END_POINTS + " end points, not " + count
                    : "a point-to-point service needs exactly 2 end points, not " + count);
        }
        LayerProtocolName layer = serviceLayer(request, network);
        List<LayerProtocolName> preferred = request.routeConstraints().preferredTransportLayers();
        if (!preferred.isEmpty() && !preferred.contains(layer)) {
            throw new PrestoException(Reason.CONFLICT, "topo-constraint/preferred-transport-layer", "Presto carries "
                    + "a " + layer + " service over " + layer + " links of its own layer; it does not route one over "
                    + preferred + " (no multi-layer routing)");
        }
        if (multipoint && layer != LayerProtocolName.ETH) {
            throw invalid("conn-constraint/service-type", "a multipoint service is an Ethernet service "
                    + "(E-LAN or E-Tree)");
        }
        roles(request, rooted);
        List<ValidatedEndPoint> result = new ArrayList<>();
        java.util.Set<String> sips = new java.util.HashSet<>();
        java.util.Set<String> localIds = new java.util.HashSet<>();
        java.util.Set<String> ports = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            ValidatedEndPoint end = EndPointValidator.endPoint(request.endPoints().get(i), "end-point[" + i + "]",
                    network,
                    layer);
            if (!sips.add(end.location().sip().uuid()) || !ports.add(end.location().nepId())) {
                throw invalid("end-point[" + i + "]/service-interface-point", "another end point names the "
                        + "same SIP or a SIP on the same port");
            }
            String localId = end.endPoint().localId();
            if (localId != null && !localIds.add(localId)) {
                throw invalid("end-point[" + i + "]/local-id", "another end point has local-id '" + localId
                        + "'");
            }
            result.add(end);
        }
        return result;
    }

    /** Excluded nodes and links must exist, so that a typing error does not silently exclude nothing. */
    public static void routeConstraints(RouteConstraints constraints, Inventory network) {
        for (String node : constraints.excludedNodeIds()) {
            if (network.topology().node().stream().noneMatch(n -> n.uuid().equals(node))) {
                throw new PrestoException(Reason.NOT_FOUND, "topo-constraint/exclude-node", "no node with "
                        + "uuid '" + node + "' to exclude");
            }
        }
        for (String link : constraints.excludedLinkIds()) {
            if (network.topology().link().stream().noneMatch(l -> l.uuid().equals(link))) {
                throw new PrestoException(Reason.NOT_FOUND, "topo-constraint/exclude-link", "no link with "
                        + "uuid '" + link + "' to exclude");
            }
        }
        for (Waypoint waypoint : constraints.waypoints()) {
            boolean node = waypoint.kind() == Waypoint.Kind.NODE;
            boolean known = node ? network.topology().node().stream().anyMatch(n -> n.uuid().equals(waypoint.id()))
                    : network.topology().link().stream().anyMatch(l -> l.uuid().equals(waypoint.id()));
            if (!known) {
                throw new PrestoException(Reason.NOT_FOUND, "topo-constraint/include-" + (node ? "node"
                        : "link"), "no " + waypoint + " to include");
            }
        }
        for (String risk : constraints.excludedRisks()) {
            boolean known = network.topology().link().stream().flatMap(l -> l.riskCharacteristic().stream())
                    .anyMatch(r -> r.riskIdentifierList().contains(risk));
            if (!known) {
                throw new PrestoException(Reason.NOT_FOUND, "exclude-risk", "no link has risk '" + risk
                        + "' to exclude");
            }
        }
        if (constraints.maxHops() != null && constraints.maxHops() < 1) {
            throw invalid("max-hops", "the hop bound is at least 1, not " + constraints.maxHops());
        }
        RouteConstraints.Diversity diversity = constraints.diversity();
        if (diversity != null && !DIVERSITY.contains(diversity.policy())) {
            throw invalid("conn-constraint/diversity-policy", "diversity-policy " + diversity.policy()
                    + " is not supported; use one of " + DIVERSITY);
        }
        maxLatency(constraints);
    }

    /** The route's latency bound in microseconds, or null. */
    public static Long maxLatency(RouteConstraints constraints) {
        return constraints.latencyBound().isEmpty() ? null
                : LatencyBound.of(constraints.latencyBound(), "conn-constraint/latency-characteristic");
    }

    /**
     * The layer of the service: photonic media (OTSiA) when the first end point's SIP is a photonic point, else
     * Ethernet. Each end point is then checked against that layer.
     */
    public static LayerProtocolName serviceLayer(ConnectivityRequest request, Inventory network) {
        ConnectivityServiceEndPoint first = request.endPoints().get(0);
        if (first == null || first.sipId() == null) {
            return LayerProtocolName.ETH;
        }
        return network.locate(first.sipId()).map(SipLocation::sip).filter(RequestValidator::photonic)
                .map(sip -> LayerProtocolName.OTSiA).orElse(LayerProtocolName.ETH);
    }

    private static boolean photonic(ServiceInterfacePoint sip) {
        return sip.layerProtocolName().contains(LayerProtocolName.OTSiA)
                && !sip.layerProtocolName().contains(LayerProtocolName.ETH);
    }

    /**
     * An E-Tree's end points are each ROOT or LEAF, at least one a root; other services' are SYMMETRIC (or leave the
     * role out).
     */
    private static void roles(ConnectivityRequest request, boolean rooted) {
        boolean hasRoot = false;
        for (int i = 0; i < request.endPoints().size(); i++) {
            ConnectivityServiceEndPoint ep = request.endPoints().get(i);
            PortRole role = ep == null ? null : ep.role();
            String path = "end-point[" + i + "]/role";
            if (rooted && role != PortRole.ROOT && role != PortRole.LEAF) {
                throw invalid(path, "each end point of a rooted-multipoint service (E-Tree) is ROOT or LEAF, not "
                        + role);
            }
            if (!rooted && role != null && role != PortRole.SYMMETRIC) {
                throw invalid(path, "role " + role + " needs a rooted-multipoint service (E-Tree); this service's "
                        + "end points are SYMMETRIC");
            }
            hasRoot |= role == PortRole.ROOT;
        }
        if (rooted && !hasRoot) {
            throw invalid("end-point", "a rooted-multipoint service (E-Tree) needs at least one ROOT end point");
        }
    }

    /** A capacity must state a value and unit, the value a non-negative int32 as the swagger types it. */
    public static void capacity(Capacity capacity, String path) {
        CapacityValue size = capacity.totalSize();
        if (size == null || size.value() == null || size.unit() == null) {
            throw invalid(path + "/total-size", "total-size with value and unit is required");
        }
        if (size.value() < 0 || size.value() > Integer.MAX_VALUE) {
            throw invalid(path + "/total-size/value", "value must be between 0 and " + Integer.MAX_VALUE
                    + ", not " + size.value());
        }
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
