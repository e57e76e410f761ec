package org.presto.core.internal.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceRef;
import org.presto.model.LayerProtocolName;
import org.presto.model.LinkRef;
import org.presto.model.Node;
import org.presto.model.NodeRef;
import org.presto.model.OperationalState;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.TreeRequest;
import org.presto.pce.Waypoint;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;

/**
 * Turns what a service asks of its route into a path computer request: over available nodes, on one layer, within
 * the client's constraints and clear of the services it is to be diverse from, net of what services reserve.
 */
public final class RouteRequests {
    private final Inventory network;
    private final PrestoStore store;

    public RouteRequests(Inventory network, PrestoStore store) {
        this.network = network;
        this.store = store;
    }

    public PathRequest request(String from, String to, RouteObjectiveFunction objective, long kbps,
            LayerProtocolName layer,
                        RouteConstraints constraints, ResourceLedger ledger) {
        return new PathRequest(network.topology(), from, to, objective, pathConstraints(Set.of(from, to), kbps, layer,
                constraints), ledger.linkKbpsInUse());
    }

    /** A tree joining the terminals, for a multipoint service: no waypoints and no latency bound are defined. */
    public TreeRequest treeRequest(List<String> terminals, RouteObjectiveFunction objective, long kbps,
                            RouteConstraints constraints, ResourceLedger ledger) {
        if (!constraints.waypoints().isEmpty() || !constraints.latencyBound().isEmpty()
                || constraints.maxHops() != null) {
            throw new PrestoException(Reason.INVALID_INPUT, constraints.waypoints().isEmpty()
                    ? "conn-constraint/latency-characteristic" : "topo-constraint",
                    "waypoints and hop or latency bounds are defined for a point-to-point route, not a multipoint "
                            + "tree");
        }
        return new TreeRequest(network.topology(), terminals, objective, pathConstraints(Set.copyOf(terminals), kbps,
                LayerProtocolName.ETH, constraints), ledger.linkKbpsInUse());
    }

    private PathConstraints pathConstraints(Set<String> ends, long kbps, LayerProtocolName layer,
                                            RouteConstraints constraints) {
        Topology topology = network.topology();
        Set<String> excluded = topology.node().stream()
                .filter(n -> n.operationalState() != OperationalState.ENABLED).map(Node::uuid)
                .collect(Collectors.toCollection(HashSet::new));
        excluded.addAll(constraints.excludedNodeIds());
        DiversityExclusions diverse = DiversityExclusions.of(constraints.diversity(),
                diverseFrom(constraints.diversity()), network, ends);
        excluded.addAll(diverse.nodeIds());
        Set<String> excludedLinks = new HashSet<>(constraints.excludedLinkIds());
        excludedLinks.addAll(diverse.linkIds());
        Set<String> excludedRisks = new HashSet<>(constraints.excludedRisks());
        excludedRisks.addAll(diverse.risks());
        return new PathConstraints(kbps, excluded, excludedLinks, excludedRisks, layer, constraints.maxHops(),
                RequestValidator.maxLatency(constraints), constraints.waypoints());
    }

    /** The constraints a service was created with, as TAPI keeps them in the service. */
    static RouteConstraints of(ConnectivityService service) {
        List<Waypoint> waypoints = new ArrayList<>();
        service.includeNode().forEach(node -> waypoints.add(Waypoint.node(node.nodeId())));
        service.includeLink().forEach(link -> waypoints.add(Waypoint.link(link.linkId())));
        return new RouteConstraints(
                service.excludeNode().stream().map(NodeRef::nodeId).collect(Collectors.toSet()),
                service.excludeLink().stream().map(LinkRef::linkId).collect(Collectors.toSet()),
                service.latencyCharacteristic(), waypoints, null, null,
                service.diversityExclusion().isEmpty() ? null : new RouteConstraints.Diversity(
                        service.diversityPolicy(), service.diversityExclusion().stream()
                        .map(ConnectivityServiceRef::connectivityServiceId).toList()),
                service.preferredTransportLayer());
    }

    /** The constraints kept with a stored service, without diversity partners deleted since. */
    public RouteConstraints kept(ConnectivityService service) {
        RouteConstraints kept = of(service);
        if (kept.diversity() == null) {
            return kept;
        }
        List<String> existing = kept.diversity().serviceIds().stream().filter(id -> find(store, id).isPresent())
                .toList();
        return kept.withDiversity(existing.isEmpty() ? null : new RouteConstraints.Diversity(
                kept.diversity().policy(), existing));
    }

    /** The services a route is to be diverse from; each must exist. */
    private List<ServiceRecord> diverseFrom(RouteConstraints.Diversity diversity) {
        if (diversity == null) {
            return List.of();
        }
        List<ServiceRecord> services = new ArrayList<>();
        for (String id : diversity.serviceIds()) {
            services.add(find(store, id).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "conn-constraint/diversity-exclusion", "no connectivity service with uuid or name '" + id
                    + "' to be diverse from")));
        }
        return services;
    }

    /** A stored service by uuid, else by name. */
    public static Optional<ServiceRecord> find(PrestoStore store, String idOrName) {
        return store.serviceByIdOrName(idOrName);
    }
}
