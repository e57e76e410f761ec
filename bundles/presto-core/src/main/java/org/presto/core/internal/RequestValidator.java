package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.CapacityValue;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.DiversityPolicy;
import org.presto.model.LayerProtocolName;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.model.OperationalState;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceType;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanId;
import org.presto.model.VlanIdListAndUntag;
import org.presto.model.VlanIdMappingType;
import org.presto.pce.Waypoint;

/**
 * Checks a create request against what this version can honour. Anything it cannot honour is refused with the
 * place in the request that asks for it; nothing is silently ignored.
 */
final class RequestValidator {
    private static final Set<RouteObjectiveFunction> OBJECTIVES = Set.of(RouteObjectiveFunction.MIN_WORK_ROUTE_HOP,
            RouteObjectiveFunction.MIN_WORK_ROUTE_COST, RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY);

    private static final Set<DiversityPolicy> DIVERSITY = java.util.EnumSet.of(DiversityPolicy.LINK,
            DiversityPolicy.NODE, DiversityPolicy.SRLG);

    /** The most end points of one E-LAN: a bridge per node, a member per end point. */
    static final int MAX_MULTIPOINT_END_POINTS = 64;

    private RequestValidator() {
    }

    static List<ValidatedEndPoint> validate(ConnectivityRequest request, Inventory network) {
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
            ValidatedEndPoint end = endPoint(request.endPoints().get(i), "end-point[" + i + "]", network,
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
    static void routeConstraints(RouteConstraints constraints, Inventory network) {
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
    static Long maxLatency(RouteConstraints constraints) {
        return constraints.latencyBound().isEmpty() ? null
                : LatencyBound.of(constraints.latencyBound(), "conn-constraint/latency-characteristic");
    }

    /**
     * The layer of the service: photonic media (OTSiA) when the first end point's SIP is a photonic point, else
     * Ethernet. Each end point is then checked against that layer.
     */
    static LayerProtocolName serviceLayer(ConnectivityRequest request, Inventory network) {
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

    static ValidatedEndPoint endPoint(ConnectivityServiceEndPoint ep, String path, Inventory network,
                                              LayerProtocolName layer) {
        if (ep == null) {
            throw invalid(path, "end point is null");
        }
        if (ep.capacity() != null) {
            throw invalid(path + "/capacity", "a capacity per end point is not supported yet; give the service's "
                    + "capacity as conn-constraint/requested-capacity");
        }
        if (ep.administrativeState() != null && ep.administrativeState() != AdministrativeState.UNLOCKED) {
            throw invalid(path + "/administrative-state", "an end point is created UNLOCKED");
        }
        if (ep.operationalState() != null || ep.lifecycleState() != null) {
            throw invalid(path + (ep.operationalState() != null ? "/operational-state" : "/lifecycle-state"),
                    "operational and lifecycle state are reported by Presto, not requested");
        }
        if (ep.layerProtocolName() != null && ep.layerProtocolName() != layer) {
            throw invalid(path + "/layer-protocol-name", "layer " + ep.layerProtocolName() + " is not the "
                    + "service's layer " + layer + (layer == LayerProtocolName.ETH ? " (Ethernet and photonic "
                    + "media, OTSiA, services are supported)" : ", that of the first end point's SIP"));
        }
        if (ep.direction() != null && ep.direction() != PortDirection.BIDIRECTIONAL) {
            throw invalid(path + "/direction", "direction " + ep.direction() + " is not supported; only BIDIRECTIONAL");
        }
        if (ep.layerProtocolQualifier() != null && layer == LayerProtocolName.ETH) {
            throw invalid(path + "/layer-protocol-qualifier", "layer qualifiers are not supported for an E-Line "
                    + "end point; leave layer-protocol-qualifier out");
        }
        if (ep.protectionRole() != null) {
            throw invalid(path + "/protection-role", "protection is not supported yet; leave protection-role out");
        }
        if (ep.nrpCarrierEthConnectivityEndPointResource() != null && layer != LayerProtocolName.ETH) {
            throw invalid(path + "/nrp-carrier-eth-connectivity-end-point-resource", "Carrier Ethernet attributes "
                    + "(CE-VLANs and the rest) are for Ethernet end points, not photonic ones");
        }
        if (ep.nrpCarrierEthConnectivityEndPointResource() != null) {
            refuseUnsupportedEndPointAttributes(ep.nrpCarrierEthConnectivityEndPointResource(),
                    path + "/nrp-carrier-eth-connectivity-end-point-resource");
        }
        if (ep.sipId() == null || ep.sipId().isBlank()) {
            throw invalid(path + "/service-interface-point", "service-interface-point-id is required");
        }
        SipLocation location = network.locate(ep.sipId()).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                path + "/service-interface-point", "no service interface point with uuid or name '" + ep.sipId()
                        + "'"));
        List<LayerProtocolName> sipLayers = location.sip().layerProtocolName();
        if (!sipLayers.isEmpty() && !sipLayers.contains(layer)) {
            throw invalid(path + "/service-interface-point", "service interface point " + ep.sipId() + " is a "
                    + sipLayers + " point, not one of the service's layer " + layer);
        }
        if (layer != LayerProtocolName.ETH && ep.layerProtocolQualifier() != null
                && !location.sip().supportedLayerProtocolQualifier().contains(ep.layerProtocolQualifier())) {
            throw invalid(path + "/layer-protocol-qualifier", "service interface point " + ep.sipId()
                    + " supports " + location.sip().supportedLayerProtocolQualifier() + ", not "
                    + ep.layerProtocolQualifier());
        }
        if (location.sip().administrativeState() == AdministrativeState.LOCKED) {
            throw new PrestoException(Reason.CONFLICT, path + "/service-interface-point",
                    "service interface point " + ep.sipId() + " is LOCKED");
        }
        if (location.available() && location.sip().operationalState() == OperationalState.DISABLED) {
            throw new PrestoException(Reason.UNAVAILABLE, path + "/service-interface-point",
                    "service interface point " + ep.sipId() + " is DISABLED, as its driver reports it");
        }
        if (!location.available()) {
            throw new PrestoException(Reason.UNAVAILABLE, path + "/service-interface-point",
                    "the node of service interface point " + ep.sipId() + " is unavailable (its driver is absent)");
        }
        // a SIP named by one of its names is kept by its uuid, as TAPI references are
        ConnectivityServiceEndPoint resolved = ep.sipId().equals(location.sip().uuid()) ? ep
                : ep.withServiceInterfacePoint(new ServiceInterfacePointRef(location.sip().uuid()));
        return new ValidatedEndPoint(resolved, location, layer == LayerProtocolName.ETH ? ceVlan(ep, path) : 0);
    }

    /**
     * The NRP end point attributes other than the CE-VLAN list, the bandwidth profiles and the classes of service
     * (S-VLANs, egress maps, L2CP) ask for behaviour the provisioning core does not configure yet.
     */
    static void refuseUnsupportedEndPointAttributes(NrpCarrierEthConnectivityEndPointResource resource,
                                                            String path) {
        Object[] members = {
            "s-vlan-id-list", resource.sVlanIdList(), "root-svlan-id", resource.rootSvlanId(),
            "leaf-svlan-id", resource.leafSvlanId(),
            "egress-map-list", resource.egressMapList(), "l2cp-address-set", resource.l2cpAddressSet()};
        for (int i = 0; i < members.length; i += 2) {
            Object value = members[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                throw invalid(path + "/" + members[i], members[i] + " is not supported yet");
            }
        }
    }

    static int ceVlan(ConnectivityServiceEndPoint ep, String path) {
        String vlanPath = path + "/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag";
        VlanIdListAndUntag vlans = ep.nrpCarrierEthConnectivityEndPointResource() == null ? null
                : ep.nrpCarrierEthConnectivityEndPointResource().ceVlanIdListAndUntag();
        if (vlans == null || vlans.vlanId().isEmpty()) {
            throw invalid(vlanPath, "a CE-VLAN id is required (port-based EPL is not supported yet)");
        }
        if (vlans.vlanIdMappingType() != null && vlans.vlanIdMappingType() != VlanIdMappingType.LIST) {
            throw invalid(vlanPath + "/vlan-id-mapping-type", "vlan-id-mapping-type " + vlans.vlanIdMappingType()
                    + " is not supported yet; only LIST");
        }
        if (Boolean.TRUE.equals(vlans.untaggedAndPrioTaggedIncluded())) {
            throw invalid(vlanPath + "/untagged-and-prio-tagged-included", "mapping untagged frames is not "
                    + "supported yet");
        }
        if (vlans.vlanId().size() != 1) {
            throw invalid(vlanPath + "/vlan-id", "exactly one CE-VLAN id per end point is supported, not "
                    + vlans.vlanId().size());
        }
        VlanId vlan = vlans.vlanId().get(0);
        if (vlan == null || !vlan.isValid()) {
            throw invalid(vlanPath + "/vlan-id", "CE-VLAN id must be between " + VlanId.MIN + " and " + VlanId.MAX
                    + ", not " + (vlan == null ? null : vlan.vlanId()));
        }
        return vlan.vlanId();
    }

    /** A capacity must state a value and unit, the value a non-negative int32 as the swagger types it. */
    static void capacity(Capacity capacity, String path) {
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
