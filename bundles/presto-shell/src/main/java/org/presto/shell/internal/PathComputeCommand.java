package org.presto.shell.internal;

import org.presto.model.IdOrName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.core.PathChoice;
import org.presto.core.PathComputation;
import org.presto.core.PathComputationRequest;
import org.presto.core.RouteConstraints;
import org.presto.model.Capacity;
import org.presto.model.DirectiveValue;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.LinkRef;
import org.presto.model.Node;
import org.presto.model.Path;
import org.presto.model.PathComputationService;
import org.presto.model.PathObjectiveFunctionBuilder;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.PathServiceEndPointBuilder;
import org.presto.model.RoutingConstraint;
import org.presto.model.RoutingConstraintBuilder;
import org.presto.model.ServiceInterfacePoint;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.Waypoint;

@Command(scope = "presto", name = "path-compute", description = "Computes a path between two service interface "
        + "points. With only the constraints compute-p-2-p-path has (capacity, objective, layer, latency) the path "
        + "is kept until deleted with delete-p-2-p-path; with any other option the paths are shown, not kept")
@Service
public class PathComputeCommand extends WriteCommand {
    @Reference
    PathComputation paths;

    @Reference
    NetworkInventory inventory;

    @Argument(index = 0, name = "from", description = "uuid or name of the first SIP", required = true)
    String from;

    @Argument(index = 1, name = "to", description = "uuid or name of the second SIP", required = true)
    String to;

    @Option(name = "--capacity-mbps", description = "capacity every link must still have free, in Mbit/s")
    long capacityMbps;

    @Option(name = "--objective", description = "cost (least cost, the default) or hops (fewest links)")
    String objective = "cost";

    @Option(name = "--layer", description = "the layer of the path (ETH, ODU, DSR, OTSiA...); the SIPs' by default")
    String layer;

    @Option(name = "--max-latency-us", description = "the most total fixed latency, in microseconds")
    Long maxLatencyMicros;

    @Option(name = "--max-hops", description = "the most links on the path (not kept)")
    Integer maxHops;

    @Option(name = "--exclude-node", multiValued = true, description = "a node (uuid or name) to avoid; repeatable "
            + "(not kept)")
    List<String> excludedNodes;

    @Option(name = "--exclude-link", multiValued = true, description = "a link (uuid or name) to avoid; repeatable "
            + "(not kept)")
    List<String> excludedLinks;

    @Option(name = "--exclude-risk", multiValued = true, description = "a shared risk (SRLG) identifier to stay clear "
            + "of; repeatable (not kept)")
    List<String> excludedRisks;

    @Option(name = "--include", multiValued = true, description = "a node or link (uuid or name) to pass, in the "
            + "order given; repeatable (not kept)")
    List<String> waypoints;

    @Option(name = "--paths", description = "the k best paths, 1 to 20 (not kept)")
    Integer count;

    @Option(name = "--disjoint", description = "a pair of paths sharing no link, node or srlg (not kept)")
    String disjoint;

    @Override
    protected String target() {
        return from + " - " + to;
    }

    @Override
    protected boolean writes() {
        return keepable();
    }

    @Override
    protected Object write() {
        DirectiveValue cost = switch (objective.toLowerCase(Locale.ROOT)) {
            case "cost" -> DirectiveValue.MINIMIZE;
            case "hops" -> DirectiveValue.DONT_CARE;
            default -> throw new IllegalArgumentException("--objective is cost or hops, not '" + objective + "'");
        };
        if (capacityMbps < 0) {
            throw new IllegalArgumentException("--capacity-mbps cannot be negative");
        }
        if (maxLatencyMicros != null && maxLatencyMicros < 0) {
            throw new IllegalArgumentException("--max-latency-us cannot be negative");
        }
        PathComputationRequest request = new PathComputationRequest(List.of(endPoint(from), endPoint(to)),
                routingConstraint(), PathObjectiveFunctionBuilder.builder().costOptimization(cost).build(), null);
        if (keepable()) {
            keep(request);
        } else {
            explore(request);
        }
        return null;
    }

    /** Whether compute-p-2-p-path can express every option given, so that the path can be kept as it would be. */
    private boolean keepable() {
        return maxHops == null && empty(excludedNodes) && empty(excludedLinks) && empty(excludedRisks)
                && empty(waypoints) && count == null && disjoint == null;
    }

    private RoutingConstraint routingConstraint() {
        if (capacityMbps == 0 && maxLatencyMicros == null) {
            return null;
        }
        RoutingConstraintBuilder constraint = RoutingConstraintBuilder.builder();
        if (capacityMbps > 0) {
            constraint.requestedCapacity(Capacity.mbps(capacityMbps));
        }
        if (maxLatencyMicros != null) {
            constraint.latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(maxLatencyMicros)));
        }
        return constraint.build();
    }

    private void keep(PathComputationRequest request) {
        PathComputationService service = paths.computePath(request);
        String pathId = service.path().get(0).pathId();
        Path path = paths.paths().stream().filter(p -> p.uuid().equals(pathId)).findFirst().orElseThrow();
        Map<String, Link> links = inventory.topology().link().stream()
                .collect(Collectors.toMap(Link::uuid, Function.identity()));
        System.out.println("Path " + pathId + " (" + Names.of(path.name(), pathId) + "), service " + service.uuid());
        printLinks(path.link().stream().map(LinkRef::linkId).map(links::get).filter(java.util.Objects::nonNull)
                .toList());
    }

    private void explore(PathComputationRequest request) {
        PathChoice choice = disjoint != null ? PathChoice.disjointPair(disjointness())
                : count != null ? best(count) : PathChoice.BEST;
        RouteConstraints route = new RouteConstraints(ids(excludedNodes, this::nodeId),
                ids(excludedLinks, this::linkId), null, waypoints(), empty(excludedRisks) ? null
                : new java.util.HashSet<>(excludedRisks), maxHops, null);
        List<ComputedPath> found = paths.explore(request, route, choice);
        for (int i = 0; i < found.size(); i++) {
            ComputedPath path = found.get(i);
            System.out.println("Path " + (i + 1) + " of " + found.size() + ": metric " + path.metric() + ", "
                    + path.links().size() + " links, nodes " + path.nodeIds().stream().map(this::nodeName).toList());
            printLinks(path.links());
        }
        System.out.println("Not kept: compute-p-2-p-path cannot express these options.");
    }

    private static PathChoice best(int k) {
        if (k < 1 || k > 20) {
            throw new IllegalArgumentException("--paths is between 1 and 20, not " + k);
        }
        return PathChoice.best(k);
    }

    private Disjointness disjointness() {
        if (count != null) {
            throw new IllegalArgumentException("--paths and --disjoint do not go together: a disjoint set is a pair");
        }
        try {
            return Disjointness.valueOf(disjoint.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--disjoint is link, node or srlg, not '" + disjoint + "'", e);
        }
    }

    private static void printLinks(List<Link> route) {
        TextTable table = new TextTable("LINK", "COST", "LATENCY-US", "AVAILABLE-MBPS");
        for (Link link : route) {
            table.row(Names.of(link.name(), link.uuid()),
                    link.costCharacteristic().isEmpty() ? null : link.costCharacteristic().get(0).costValue(),
                    link.latencyCharacteristic().isEmpty() ? null
                            : link.latencyCharacteristic().get(0).fixedLatencyCharacteristic(),
                    link.availableCapacity() == null ? null : link.availableCapacity().toMbps());
        }
        table.print(System.out);
    }

    /** Each --include as a node if one has that uuid or name, else as a link. */
    private List<Waypoint> waypoints() {
        List<Waypoint> result = new ArrayList<>();
        if (waypoints != null) {
            for (String id : waypoints) {
                String node = findNode(id);
                result.add(node != null ? Waypoint.node(node) : Waypoint.link(linkId(id)));
            }
        }
        return result;
    }

    private static java.util.Set<String> ids(List<String> given, Function<String, String> resolve) {
        return given == null ? null : given.stream().map(resolve).collect(Collectors.toSet());
    }

    private String nodeId(String idOrName) {
        String node = findNode(idOrName);
        if (node == null) {
            throw new IllegalArgumentException("No node with uuid or name '" + idOrName + "'");
        }
        return node;
    }

    private String findNode(String idOrName) {
        return IdOrName.find(inventory.topology().node(), Node::uuid, Node::name, idOrName).map(Node::uuid)
                .orElse(null);
    }

    private String nodeName(String uuid) {
        return inventory.topology().node().stream().filter(n -> n.uuid().equals(uuid)).findFirst()
                .map(n -> Names.of(n.name(), uuid)).orElse(uuid);
    }

    private String linkId(String idOrName) {
        return IdOrName.find(inventory.topology().link(), Link::uuid, Link::name, idOrName).map(Link::uuid)
                .orElseThrow(() -> new IllegalArgumentException("No node or link with uuid or name '" + idOrName
                        + "'"));
    }

    private static boolean empty(List<String> values) {
        return values == null || values.isEmpty();
    }

    private PathServiceEndPoint endPoint(String sipIdOrName) {
        ServiceInterfacePoint sip = IdOrName.find(inventory.serviceInterfacePoints(), ServiceInterfacePoint::uuid,
                        ServiceInterfacePoint::name, sipIdOrName)
                .orElseThrow(() -> new IllegalArgumentException("No service interface point with uuid or name '"
                        + sipIdOrName + "'"));
        PathServiceEndPointBuilder endPoint = PathServiceEndPointBuilder.builder().serviceInterfacePoint(sip.uuid());
        if (layer != null) {
            try {
                endPoint.serviceLayer(LayerProtocolName.valueOf(layer));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--layer is one of " + List.of(LayerProtocolName.values())
                        + ", not '" + layer + "'", e);
            }
        }
        return endPoint.build();
    }
}
