package org.presto.core.internal.paths;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.presto.core.PathChoice;
import org.presto.core.PathComputation;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.RouteOnOneNode;
import org.presto.core.internal.services.ServiceReads;
import org.presto.model.IdOrName;
import org.presto.model.Link;
import org.presto.model.LinkRef;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.OperationalState;
import org.presto.model.Path;
import org.presto.model.PathBuilder;
import org.presto.model.PathComputationService;
import org.presto.model.PathComputationServiceBuilder;
import org.presto.model.PathRef;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.RoutingConstraint;
import org.presto.model.Topology;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathComputer;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.store.PathComputationRecord;
import org.presto.store.PrestoStore;

/**
 * Computes point-to-point paths between SIPs over the current network and keeps them as path computation services.
 * Requests are checked by {@link PathRequestValidator}; a path is computed on the links of the requested layer that
 * are up and have the requested capacity free after what services reserve.
 */
public final class PathComputationEngine implements PathComputation {
    private final Inventory network;
    private final PathComputer pathComputer;
    private final PrestoStore store;
    private final ServiceReads services;

    public PathComputationEngine(Inventory network, PathComputer pathComputer, PrestoStore store,
            ServiceReads services) {
        this.network = network;
        this.pathComputer = pathComputer;
        this.store = store;
        this.services = services;
    }

    /** End points as TAPI keys them, by local-id: "sep-1", "sep-2" where the request gave none. */
    private static List<PathServiceEndPoint> keyed(List<PathServiceEndPoint> endPoints) {
        List<PathServiceEndPoint> keyed = new java.util.ArrayList<>();
        for (int i = 0; i < endPoints.size(); i++) {
            PathServiceEndPoint ep = endPoints.get(i);
            keyed.add(ep == null || ep.localId() != null ? ep : ep.withLocalId("sep-" + (i + 1)));
        }
        return keyed;
    }

    @Override
    public synchronized PathComputationService computePath(PathComputationRequest request) {
        PathRequestValidator.Checked checked = PathRequestValidator.check(request, network);
        String serviceUuid = UUID.randomUUID().toString();
        String pathUuid = uuid("presto/path/" + serviceUuid);
        Path path = path(pathUuid, checked, request.routingConstraint());
        PathComputationService service = PathComputationServiceBuilder.builder()
                .uuid(serviceUuid)
                .endPoint(keyed(request.endPoints()))
                .routingConstraint(request.routingConstraint())
                .objectiveFunction(request.objectiveFunction())
                .optimizationConstraint(request.optimizationConstraint())
                .path(List.of(new PathRef(pathUuid)))
                .build();
        store.savePathComputation(new PathComputationRecord(service, List.of(path)));
        return service;
    }

    @Override
    public synchronized PathComputationService optimizePath(String pathIdOrName, PathComputationRequest changes) {
        PathComputationRecord record = recordOf(pathIdOrName);
        PathComputationService old = record.service();
        PathComputationRequest merged = new PathComputationRequest(old.endPoint(),
                changes.routingConstraint() != null ? changes.routingConstraint() : old.routingConstraint(),
                changes.objectiveFunction() != null ? changes.objectiveFunction() : old.objectiveFunction(),
                changes.optimizationConstraint() != null ? changes.optimizationConstraint()
                        : old.optimizationConstraint());
        PathRequestValidator.Checked checked = PathRequestValidator.check(merged, network);
        Path path = path(record.paths().get(0).uuid(), checked, merged.routingConstraint())
                .withName(record.paths().get(0).name());
        PathComputationService service = old.with(s -> s.routingConstraint(merged.routingConstraint())
                .objectiveFunction(merged.objectiveFunction())
                .optimizationConstraint(merged.optimizationConstraint()));
        store.savePathComputation(new PathComputationRecord(service, List.of(path)));
        return service;
    }

    @Override
    public List<ComputedPath> explore(PathComputationRequest request, RouteConstraints route, PathChoice choice) {
        PathRequestValidator.Checked checked = PathRequestValidator.check(request, network);
        if (route.diversity() != null) {
            throw new PrestoException(Reason.INVALID_INPUT, null, "diversity from services is for services");
        }
        RequestValidator.routeConstraints(route, network);
        if (choice.count() > 1 && !route.waypoints().isEmpty()) {
            throw new PrestoException(Reason.INVALID_INPUT, null, "waypoints are for a single path, not "
                    + choice.count());
        }
        Long maxLatency = route.latencyBound().isEmpty() ? checked.maxLatencyMicros()
                : RequestValidator.maxLatency(route);
        if (choice.disjointness() != null && (route.maxHops() != null || maxLatency != null)) {
            throw new PrestoException(Reason.INVALID_INPUT, null, "a disjoint pair cannot be bounded in hops or "
                    + "latency");
        }
        if (checked.fromNode().equals(checked.toNode())) {
            if (choice.count() > 1) {
                throw new PrestoException(Reason.INVALID_INPUT, null, "both end points are on one node: there is "
                        + "one path, not " + choice.count());
            }
            return List.of(RouteOnOneNode.check(checked.fromNode(), route));
        }
        Set<String> excluded = new java.util.HashSet<>(unavailableNodes());
        excluded.addAll(route.excludedNodeIds());
        excluded.addAll(checked.excludedNodes());
        Set<String> excludedLinks = new java.util.HashSet<>(route.excludedLinkIds());
        excludedLinks.addAll(checked.excludedLinks());
        PathRequest asked = new PathRequest(network.topology(), checked.fromNode(), checked.toNode(),
                checked.objective(), new PathConstraints(checked.kbps(), excluded, excludedLinks,
                        route.excludedRisks(), checked.layer(), route.maxHops(), maxLatency, route.waypoints()),
                services.linkKbpsInUse());
        List<ComputedPath> found = choice.disjointness() != null
                ? pathComputer.disjointPair(asked, choice.disjointness()).orElse(List.of())
                : choice.count() > 1 ? pathComputer.kShortestPaths(asked, choice.count())
                : List.of();
        if (!found.isEmpty()) {
            return found;
        }
        PathResult best = pathComputer.shortestPath(asked);
        if (best instanceof PathResult.NotFound notFound) {
            throw new PrestoException(Reason.CONFLICT, null, notFound.cause().appTag(), "no " + checked.layer()
                    + " path: " + notFound.detail());
        }
        if (choice.disjointness() != null) {
            throw new PrestoException(Reason.CONFLICT, null, "no-disjoint-pair", "no two " + choice.disjointness()
                    + "-disjoint " + checked.layer() + " paths meet the constraints" + (choice.disjointness()
                    == Disjointness.SRLG ? " among those the bounded search tries (see the architecture guide)"
                    : ""));
        }
        return List.of(((PathResult.Found) best).path());
    }

    private Set<String> unavailableNodes() {
        return network.topology().node().stream().filter(n -> n.operationalState() != OperationalState.ENABLED)
                .map(Node::uuid).collect(Collectors.toSet());
    }

    @Override
    public synchronized PathComputationService deletePath(String pathIdOrName) {
        PathComputationRecord record = recordOf(pathIdOrName);
        store.deletePathComputation(record.uuid());
        return record.service();
    }

    /** The path computation services with their paths, read at one moment. */
    public List<PathComputationRecord> records() {
        return store.pathComputations();
    }

    @Override
    public List<PathComputationService> pathComputationServices() {
        return store.pathComputations().stream().map(PathComputationRecord::service).toList();
    }

    @Override
    public List<Path> paths() {
        return store.pathComputations().stream().flatMap(r -> r.paths().stream()).toList();
    }

    private PathComputationRecord recordOf(String pathIdOrName) {
        List<PathComputationRecord> records = store.pathComputations();
        Optional<PathComputationRecord> byUuid = records.stream()
                .filter(r -> r.paths().stream().anyMatch(p -> p.uuid().equals(pathIdOrName))).findFirst();
        return byUuid.or(() -> records.stream().filter(r -> r.paths().stream()
                        .anyMatch(p -> IdOrName.matches(null, p.name(), pathIdOrName))).findFirst())
                .orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, "path-id-or-name",
                        "no path with uuid or name '" + pathIdOrName + "'"));
    }

    private Path path(String uuid, PathRequestValidator.Checked checked, RoutingConstraint constraint) {
        Topology topology = network.topology();
        Set<String> unavailable = unavailableNodes();
        String from = checked.fromNode();
        String to = checked.toNode();
        ComputedPath computed;
        if (from.equals(to)) {
            computed = new ComputedPath(List.of(from), List.of(), 0);
        } else {
            Set<String> excluded = new java.util.HashSet<>(unavailable);
            excluded.addAll(checked.excludedNodes());
            PathResult result = pathComputer.shortestPath(new PathRequest(topology, from, to, checked.objective(),
                    new PathConstraints(checked.kbps(), excluded, checked.excludedLinks(), null, checked.layer(), null,
                            checked.maxLatencyMicros()), services.linkKbpsInUse()));
            if (result instanceof PathResult.NotFound notFound) {
                throw new PrestoException(Reason.CONFLICT, null, notFound.cause().appTag(), "no " + checked.layer()
                        + " path: " + notFound.detail());
            }
            computed = ((PathResult.Found) result).path();
        }
        List<LinkRef> links = new ArrayList<>();
        for (Link link : computed.links()) {
            links.add(new LinkRef(network.topologyOfLink(link.uuid()), link.uuid()));
        }
        return PathBuilder.builder()
                .uuid(uuid)
                .name(List.of(new Name("path-name", "path-" + uuid.substring(0, 8))))
                .link(links)
                .routingConstraint(constraint)
                .build();
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
