package org.presto.core.internal.paths;

import java.util.List;
import java.util.Set;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.TopologyScope;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.core.internal.planning.LatencyBound;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.model.DirectiveValue;
import org.presto.model.LayerProtocolName;
import org.presto.model.PathObjectiveFunction;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.RoutingConstraint;

/**
 * Checks a path computation request against what this version can honour and resolves its end points. Whatever it
 * cannot honour is refused with the place in the request, never ignored.
 */
public final class PathRequestValidator {
    /** What a valid request asks for: between which nodes, on which layer, by which objective, with what capacity. */
    record Checked(String fromNode, String toNode, LayerProtocolName layer, RouteObjectiveFunction objective,
                   long kbps, Long maxLatencyMicros, Set<String> excludedNodes, Set<String> excludedLinks) {
    }

    private PathRequestValidator() {
    }

    static Checked check(PathComputationRequest request, Inventory network) {
        if (request.endPoints().size() != 2) {
            throw invalid("sep", "a point-to-point path needs exactly 2 end points, not "
                    + request.endPoints().size());
        }
        SipLocation[] ends = new SipLocation[2];
        LayerProtocolName layer = null;
        for (int i = 0; i < 2; i++) {
            String path = "sep[" + i + "]";
            PathServiceEndPoint ep = request.endPoints().get(i);
            if (ep == null) {
                throw invalid(path, "end point is null");
            }
            ends[i] = locate(ep, path, network);
            LayerProtocolName epLayer = layer(ep, ends[i], path);
            if (layer != null && layer != epLayer) {
                throw invalid(path + "/service-layer", "both end points must be on one layer, not " + layer + " and "
                        + epLayer);
            }
            layer = epLayer;
        }
        layer = pathLayer(request.routingConstraint(), layer);
        long kbps = routingConstraint(request.routingConstraint());
        RoutingConstraint constraint = request.routingConstraint();
        TopologyScope scope = constraint == null ? new TopologyScope(Set.of(), Set.of()) : TopologyScope.of(network,
                constraint.includeTopology().stream().map(ref -> ref == null ? null : ref.topologyId()).toList(),
                constraint.avoidTopology(), "routing-constraint");
        return new Checked(ends[0].nodeId(), ends[1].nodeId(), layer, objective(request.objectiveFunction()), kbps,
                maxLatency(constraint), scope.excludedNodeIds(), scope.excludedLinkIds());
    }

    private static SipLocation locate(PathServiceEndPoint ep, String path, Inventory network) {
        if (ep.role() != null && ep.role() != PortRole.SYMMETRIC) {
            throw invalid(path + "/role", "role " + ep.role() + " is not supported; a point-to-point path has "
                    + "SYMMETRIC end points");
        }
        if (ep.direction() != null && ep.direction() != PortDirection.BIDIRECTIONAL) {
            throw invalid(path + "/direction", "direction " + ep.direction() + " is not supported; only "
                    + "BIDIRECTIONAL");
        }
        String sip = ep.serviceInterfacePoint();
        if (sip == null || sip.isBlank()) {
            throw invalid(path + "/service-interface-point", "the uuid of a service interface point is required");
        }
        SipLocation location = network.locate(sip).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                path + "/service-interface-point", "no service interface point with uuid '" + sip + "'"));
        if (!location.available()) {
            throw new PrestoException(Reason.UNAVAILABLE, path + "/service-interface-point", "the node of service "
                    + "interface point " + sip + " is unavailable (its driver is absent)");
        }
        return location;
    }

    private static LayerProtocolName layer(PathServiceEndPoint ep, SipLocation location, String path) {
        List<LayerProtocolName> sipLayers = location.sip().layerProtocolName();
        if (ep.serviceLayer() != null) {
            if (!sipLayers.isEmpty() && !sipLayers.contains(ep.serviceLayer())) {
                throw invalid(path + "/service-layer", "service interface point " + location.sip().uuid()
                        + " is a " + sipLayers + " point, not " + ep.serviceLayer());
            }
            return ep.serviceLayer();
        }
        return sipLayers.isEmpty() ? LayerProtocolName.ETH : sipLayers.get(0);
    }

    private static LayerProtocolName pathLayer(RoutingConstraint constraint, LayerProtocolName layer) {
        if (constraint == null || constraint.pathLayer().isEmpty()) {
            return layer;
        }
        if (constraint.pathLayer().size() != 1 || constraint.pathLayer().get(0) != layer) {
            throw invalid("routing-constraint/path-layer", "multi-layer paths are not supported yet; "
                    + "path-layer may only be the end points' layer " + layer);
        }
        return layer;
    }

    /** The capacity asked for, in kbit/s; refuses the constraints the path computer cannot apply yet. */
    private static long routingConstraint(RoutingConstraint constraint) {
        if (constraint == null) {
            return 0;
        }
        String path = "routing-constraint";
        if (constraint.serviceLevel() != null) {
            throw invalid(path + "/service-level", "service-level is not supported yet");
        }
        if (!constraint.costCharacteristic().isEmpty()) {
            throw invalid(path + "/cost-characteristic", "cost bounds are not supported yet");
        }
        if (constraint.requestedCapacity() == null) {
            return 0;
        }
        RequestValidator.capacity(constraint.requestedCapacity(), path + "/requested-capacity");
        return constraint.requestedCapacity().toKbps();
    }

    /**
     * The latency bound: one latency-characteristic whose fixed-latency-characteristic is the most latency the path
     * may have, in microseconds (the unit of the links' own fixed-latency-us).
     */
    static Long maxLatency(RoutingConstraint constraint) {
        if (constraint == null || constraint.latencyCharacteristic().isEmpty()) {
            return null;
        }
        return LatencyBound.of(constraint.latencyCharacteristic(), "routing-constraint/latency-characteristic");
    }

    /** The least cost by default or when asked to minimise cost; the fewest hops when cost does not matter. */
    private static RouteObjectiveFunction objective(PathObjectiveFunction function) {
        if (function == null) {
            return RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
        }
        String path = "objective-function";
        refuseDirective(path + "/link-utilization", function.linkUtilization());
        refuseDirective(path + "/bandwidth-optimization", function.bandwidthOptimization());
        refuseDirective(path + "/resource-sharing", function.resourceSharing());
        refuseDirective(path + "/concurrent-paths", function.concurrentPaths());
        DirectiveValue cost = function.costOptimization();
        if (cost == null || cost == DirectiveValue.MINIMIZE) {
            return RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
        }
        if (cost == DirectiveValue.DONT_CARE) {
            return RouteObjectiveFunction.MIN_WORK_ROUTE_HOP;
        }
        throw invalid(path + "/cost-optimization", "cost-optimization " + cost + " is not supported; use MINIMIZE "
                + "(least cost) or DONT_CARE (fewest hops)");
    }

    private static void refuseDirective(String path, DirectiveValue value) {
        if (value != null && value != DirectiveValue.DONT_CARE) {
            throw invalid(path, path.substring(path.lastIndexOf('/') + 1) + " " + value + " is not supported yet");
        }
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
