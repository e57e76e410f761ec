package org.presto.api.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
import org.presto.core.RouteConstraints;
import org.presto.core.TopologyScope;
import org.presto.model.ConnectivityServiceRef;
import org.presto.model.IdOrName;
import org.presto.model.LinkRef;
import org.presto.model.NodeRef;
import org.presto.model.Path;
import org.presto.model.PathRef;
import org.presto.model.TopologyConstraint;
import org.presto.model.TopologyRef;
import org.presto.pce.Waypoint;

/**
 * A create request's topology constraint and the connectivity constraint's latency bound and diversity, as the route
 * constraints path computation applies. Topologies and paths are resolved here, against what is served: topologies to
 * include or avoid as {@link TopologyScope} says, as for path computation; {@code exclude-path} excludes a kept
 * path's links and {@code include-path} makes them waypoints in their order. Only {@code preferred-transport-layer}
 * (routes across layers) is refused.
 */
final class RouteConstraintsInput {
    private static final String TOPO_MEMBER = "topo-constraint";
    private static final String TOPO = RpcInput.path(TOPO_MEMBER);
    private final NetworkInventory inventory;
    private final PathComputation paths;

    RouteConstraintsInput(NetworkInventory inventory, PathComputation paths) {
        this.inventory = inventory;
        this.paths = paths;
    }

    RouteConstraints of(TopologyConstraint topology, ConnectivityConstraintInput constraint) {
        List<Waypoint> waypoints = new ArrayList<>();
        Set<String> excludedNodes = new HashSet<>();
        Set<String> excludedLinks = new HashSet<>();
        if (topology != null) {
            long orderedKinds = List.of(topology.includeNode(), topology.includeLink(), topology.includePath())
                    .stream().filter(list -> !list.isEmpty()).count();
            if (orderedKinds > 1) {
                // separate lists give no order between their members, and the route passes waypoints in order
                throw RestconfError.invalidValue("include-node, include-link and include-path together leave the "
                        + "order of the waypoints open; give the route's waypoints in one of them", TOPO);
            }
            for (int i = 0; i < topology.includeNode().size(); i++) {
                NodeRef node = topology.includeNode().get(i);
                waypoints.add(Waypoint.node(required(node == null ? null : node.nodeId(),
                        TOPO + "/include-node[" + i + "]/node-id")));
            }
            for (int i = 0; i < topology.includeLink().size(); i++) {
                LinkRef link = topology.includeLink().get(i);
                waypoints.add(Waypoint.link(required(link == null ? null : link.linkId(),
                        TOPO + "/include-link[" + i + "]/link-id")));
            }
            for (int i = 0; i < topology.includePath().size(); i++) {
                path(topology.includePath().get(i), TOPO + "/include-path[" + i + "]/path-id").link()
                        .forEach(link -> waypoints.add(Waypoint.link(link.linkId())));
            }
            for (int i = 0; i < topology.excludePath().size(); i++) {
                path(topology.excludePath().get(i), TOPO + "/exclude-path[" + i + "]/path-id").link()
                        .forEach(link -> excludedLinks.add(link.linkId()));
            }
            for (int i = 0; i < topology.excludeNode().size(); i++) {
                NodeRef node = topology.excludeNode().get(i);
                excludedNodes.add(required(node == null ? null : node.nodeId(),
                        TOPO + "/exclude-node[" + i + "]/node-id"));
            }
            for (int i = 0; i < topology.excludeLink().size(); i++) {
                LinkRef link = topology.excludeLink().get(i);
                excludedLinks.add(required(link == null ? null : link.linkId(),
                        TOPO + "/exclude-link[" + i + "]/link-id"));
            }
            TopologyScope scope = TopologyScope.of(inventory, ids(topology.includeTopology()),
                    ids(topology.avoidTopology()), TOPO_MEMBER);
            excludedNodes.addAll(scope.excludedNodeIds());
            excludedLinks.addAll(scope.excludedLinkIds());
        }
        return new RouteConstraints(excludedNodes, excludedLinks,
                constraint == null ? null : constraint.latencyCharacteristic(), waypoints, null, null,
                diversity(constraint), topology == null ? null : topology.preferredTransportLayer());
    }

    private static List<String> ids(List<TopologyRef> topologies) {
        return topologies.stream().map(ref -> ref == null ? null : ref.topologyId()).toList();
    }

    /** A path kept by path computation, by uuid or name. */
    private Path path(PathRef ref, String path) {
        String id = required(ref == null ? null : ref.pathId(), path);
        return IdOrName.find(paths.paths(), Path::uuid, Path::name, id)
                .orElseThrow(() -> RestconfError.notFound("no path '" + id + "'", path));
    }

    private static RouteConstraints.Diversity diversity(ConnectivityConstraintInput constraint) {
        if (constraint != null && !constraint.diversityExclusion().isEmpty()) {
            List<String> services = new ArrayList<>();
            for (int i = 0; i < constraint.diversityExclusion().size(); i++) {
                ConnectivityServiceRef ref = constraint.diversityExclusion().get(i);
                services.add(required(ref == null ? null : ref.connectivityServiceId(),
                        "/input/conn-constraint/diversity-exclusion[" + i + "]/connectivity-service-id"));
            }
            return new RouteConstraints.Diversity(constraint.diversityPolicy(), services);
        }
        if (constraint != null && constraint.diversityPolicy() != null) {
            throw RestconfError.invalidValue("diversity-policy needs the services to be diverse from in "
                    + "diversity-exclusion", "/input/conn-constraint/diversity-exclusion");
        }
        return null;
    }

    private static String required(String id, String path) {
        if (id == null || id.isBlank()) {
            throw RestconfError.invalidValue("a uuid is required", path);
        }
        return id;
    }
}
