package org.presto.core.internal.update;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.EndPointResources;
import org.presto.core.internal.planning.EndPointValidator;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.core.internal.services.StoredService;
import org.presto.model.Capacity;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.model.PortRole;
import org.presto.model.ServiceType;
import org.presto.pce.ComputedPath;
import org.presto.pce.ComputedTree;
import org.presto.pce.PathComputer;
import org.presto.pce.PathResult;
import org.presto.pce.TreeResult;
import org.presto.spi.BridgeEntry;
import org.presto.store.ServiceRecord;

/**
 * Changes the membership of an installed multipoint service (E-LAN, E-Tree) in place. An end point joins: if its
 * switch is not in the tree yet, the tree grows by the least path from that switch to a tree switch that touches
 * the tree nowhere else, so no loop ever forms. An end point leaves: every branch that served only it is pruned. An
 * end point's CE-VLAN changes: only its switch's bridge does. The new bridges are planned from the grown or pruned
 * tree and installed by a {@link Reconfiguration}, new before old.
 */
public final class MultipointChange {
    private static final String END_POINT = "end-point";

    /** A service's tree as its bridges show it, and the VLANs its trunks use (0 while it has no trunk). */
    private record Tree(Set<String> nodes, Map<String, Link> links, int serviceVlan, int leafVlan) {
        ComputedTree computed() {
            return new ComputedTree(List.copyOf(nodes), List.copyOf(links.values()), 0);
        }
    }

    private final Inventory network;
    private final RouteRequests routes;
    private final PathComputer pathComputer;
    private final Reconfiguration reconfiguration;

    MultipointChange(Inventory network, RouteRequests routes, PathComputer pathComputer,
                     Reconfiguration reconfiguration) {
        this.network = network;
        this.routes = routes;
        this.pathComputer = pathComputer;
        this.reconfiguration = reconfiguration;
    }

    /** Adds an end point with a local-id the service does not have yet. */
    ServiceRecord add(ServiceRecord record, ConnectivityServiceEndPoint requested, ResourceLedger others) {
        ConnectivityService service = record.service();
        boolean rooted = service.serviceType() == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY;
        if (service.endPoint().size() >= RequestValidator.MAX_MULTIPOINT_END_POINTS) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "the service has "
                    + RequestValidator.MAX_MULTIPOINT_END_POINTS + " end points, the most a multipoint service has");
        }
        if (rooted ? requested.role() != PortRole.ROOT && requested.role() != PortRole.LEAF
                : requested.role() != null && requested.role() != PortRole.SYMMETRIC) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT + "/role", rooted ? "an end point of an "
                    + "E-Tree is ROOT or LEAF, not " + requested.role() : "an E-LAN end point is SYMMETRIC");
        }
        ValidatedEndPoint added = EndPointValidator.endPoint(requested, END_POINT, network, LayerProtocolName.ETH);
        List<ValidatedEndPoint> ends = new ArrayList<>(ends(service));
        for (ValidatedEndPoint end : ends) {
            if (end.location().sip().uuid().equals(added.location().sip().uuid())
                    || end.location().nepId().equals(added.location().nepId())) {
                throw new PrestoException(Reason.INVALID_INPUT, END_POINT + "/service-interface-point", "end point '"
                        + end.endPoint().localId() + "' of the service is on that SIP or its port already");
            }
        }
        long kbps = service.requestedCapacity() == null ? 0 : service.requestedCapacity().toKbps();
        EndPointResources.check(List.of(added), others, kbps, END_POINT);
        Tree tree = grown(tree(record), added.location().nodeId(), service, kbps, others, rooted);
        ends.add(new ValidatedEndPoint(StoredService.endPoint(requested, requested.localId(), LayerProtocolName.ETH,
                LifecycleState.INSTALLED), added.location(), added.ceVlan()));
        return replan(record, tree, ends);
    }

    /** Removes the end point with this local-id, and the branch of the tree that served only it. */
    ServiceRecord remove(ServiceRecord record, String localId) {
        ConnectivityService service = record.service();
        List<ValidatedEndPoint> ends = new ArrayList<>(ends(service));
        ValidatedEndPoint leaving = ends.stream().filter(end -> end.endPoint().localId().equals(localId))
                .findFirst().orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, END_POINT + "/local-id",
                        "service " + service.uuid() + " has no end point '" + localId + "'"));
        ends.remove(leaving);
        if (ends.size() < 2) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "a multipoint service keeps at least two end "
                    + "points; delete the service instead");
        }
        if (service.serviceType() == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY
                && ends.stream().noneMatch(end -> end.endPoint().role() == PortRole.ROOT)) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "end point '" + localId + "' is the E-Tree's "
                    + "last ROOT; it keeps at least one");
        }
        return replan(record, pruned(tree(record), ends), ends);
    }

    /**
     * Moves the service to a tree that carries a capacity its own cannot: a new tree under its kept constraints, net
     * of the other services, on trunk VLANs free beside its own. The new tree's transit switches are configured
     * first; every switch on both trees is then switched from the old bridge to the new one (the moment traffic
     * there is hit), the old tree's other switches cleared last; a failure puts the old tree back.
     */
    ServiceRecord move(ServiceRecord record, Capacity capacity, ResourceLedger others, ResourceLedger all) {
        String path = "conn-constraint/requested-capacity";
        ConnectivityService service = record.service();
        List<ValidatedEndPoint> ends = ends(service);
        List<String> terminals = ends.stream().map(end -> end.location().nodeId()).distinct().toList();
        long kbps = capacity.toKbps();
        TreeResult result = pathComputer.multipointTree(routes.treeRequest(terminals,
                service.routeObjectiveFunction(), kbps, routes.kept(service), others));
        if (result instanceof TreeResult.NotFound none) {
            throw new PrestoException(Reason.CONFLICT, path, none.cause().appTag(), "the service's tree cannot "
                    + "carry " + kbps + " kbit/s and no other tree can: " + none.detail());
        }
        ComputedTree tree = ((TreeResult.Found) result).tree();
        List<String> trunkPorts = VlanAllocator.trunkPorts(tree.links());
        VlanAllocator vlans = new VlanAllocator(all);
        int serviceVlan = vlans.serviceVlan(trunkPorts, path, "the new tree");
        int leafVlan = service.serviceType() != ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY ? 0
                : vlans.leafVlan(trunkPorts, serviceVlan, path, "the new tree");
        ServicePlan plan = new ServicePlan(record.uuid(), tree, ends, serviceVlan, leafVlan,
                EndPointPolicies.of(ends, service, capacity), network::topologyOf);
        Set<String> onBoth = new LinkedHashSet<>(tree(record).nodes());
        onBoth.retainAll(tree.nodeIds());
        List<Connection> connections = plan.connections.stream()
                .map(c -> c.withStates(c.operationalState(), LifecycleState.INSTALLED)).toList();
        return reconfiguration.move(record, service.withRequestedCapacity(capacity)
                .withConnection(List.of(plan.topConnectionId)), connections, plan.bridges,
                onBoth, path);
    }

    /** Gives one end point a new CE-VLAN, already checked free on its port. */
    ServiceRecord changeCeVlan(ServiceRecord record, ConnectivityServiceEndPoint changed) {
        List<ValidatedEndPoint> ends = new ArrayList<>(ends(record.service()));
        for (int i = 0; i < ends.size(); i++) {
            ValidatedEndPoint end = ends.get(i);
            if (end.endPoint().localId().equals(changed.localId())) {
                ends.set(i, new ValidatedEndPoint(changed, end.location(), EndPointValidator.ceVlan(changed,
                        END_POINT)));
            }
        }
        return replan(record, tree(record), ends);
    }

    private ServiceRecord replan(ServiceRecord record, Tree tree, List<ValidatedEndPoint> ends) {
        ServicePlan plan = new ServicePlan(record.uuid(), tree.computed(), ends, tree.serviceVlan(), tree.leafVlan(),
                EndPointPolicies.of(ends, record.service(), record.service().requestedCapacity()),
                network::topologyOf);
        ConnectivityService service = record.service()
                .withEndPoint(ends.stream().map(ValidatedEndPoint::endPoint).toList())
                .withConnection(List.of(plan.topConnectionId));
        List<Connection> connections = plan.connections.stream()
                .map(c -> c.withStates(c.operationalState(), LifecycleState.INSTALLED)).toList();
        return reconfiguration.apply(record, service, connections, plan.bridges, END_POINT);
    }

    List<ValidatedEndPoint> ends(ConnectivityService service) {
        return service.endPoint().stream().map(ep -> new ValidatedEndPoint(ep, network.locate(ep.sipId())
                .orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, END_POINT, "service interface point "
                        + ep.sipId() + " of the service is no longer known")),
                EndPointValidator.ceVlan(ep, END_POINT))).toList();
    }

    private Tree tree(ServiceRecord record) {
        Set<String> nodes = new LinkedHashSet<>();
        Map<String, Link> links = new LinkedHashMap<>();
        int serviceVlan = 0;
        int leafVlan = 0;
        for (BridgeEntry bridge : record.changes(BridgeEntry.class)) {
            nodes.add(bridge.nodeId());
            for (BridgeEntry.Member member : bridge.members()) {
                Optional<Link> link = network.linkAt(member.port());
                if (link.isPresent()) {
                    links.put(link.get().uuid(), link.get());
                    serviceVlan = member.vlan();
                    leafVlan = member.leafVlan();
                }
            }
        }
        return new Tree(nodes, links, serviceVlan, leafVlan);
    }

    /** The tree joined to a node by the least path that touches the tree only at its last node. */
    private Tree grown(Tree tree, String node, ConnectivityService service, long kbps, ResourceLedger others,
                       boolean rooted) {
        if (tree.nodes().contains(node)) {
            return tree;
        }
        RouteConstraints kept = routes.kept(service);
        ComputedPath best = null;
        String detail = "no tree node is reachable";
        for (String target : tree.nodes()) {
            Set<String> excluded = new HashSet<>(kept.excludedNodeIds());
            tree.nodes().stream().filter(n -> !n.equals(target)).forEach(excluded::add);
            RouteConstraints avoidingTree = kept.withExcludedNodeIds(excluded);
            PathResult result = pathComputer.shortestPath(routes.request(node, target,
                    service.routeObjectiveFunction(), kbps, LayerProtocolName.ETH, avoidingTree, others));
            if (result instanceof PathResult.Found found) {
                best = best == null || found.path().metric() < best.metric() ? found.path() : best;
            } else {
                detail = ((PathResult.NotFound) result).detail();
            }
        }
        if (best == null) {
            throw new PrestoException(Reason.CONFLICT, END_POINT + "/service-interface-point", "no route joins node "
                    + node + " to the service's tree: " + detail);
        }
        List<String> trunkPorts = VlanAllocator.trunkPorts(best.links());
        VlanAllocator vlans = new VlanAllocator(others);
        String joining = "the route that would join the new end point";
        int serviceVlan = tree.serviceVlan() != 0 ? requireFree(trunkPorts, tree.serviceVlan(), others)
                : vlans.serviceVlan(trunkPorts, END_POINT + "/service-interface-point", joining);
        int leafVlan = !rooted ? 0 : tree.leafVlan() != 0 ? requireFree(trunkPorts, tree.leafVlan(), others)
                : vlans.leafVlan(trunkPorts, serviceVlan, END_POINT + "/service-interface-point", joining);
        Set<String> nodes = new LinkedHashSet<>(tree.nodes());
        nodes.addAll(best.nodeIds());
        Map<String, Link> links = new LinkedHashMap<>(tree.links());
        best.links().forEach(link -> links.put(link.uuid(), link));
        return new Tree(nodes, links, serviceVlan, leafVlan);
    }

    private static int requireFree(List<String> ports, int vlan, ResourceLedger others) {
        for (String port : ports) {
            others.vlanUser(port, vlan).ifPresent(user -> {
                throw new PrestoException(Reason.CONFLICT, END_POINT + "/service-interface-point", "the service's "
                        + "VLAN " + vlan + " is used by service " + user + " on port " + port + " of the link that "
                        + "would join the new end point");
            });
        }
        return vlan;
    }

    /** The tree without the branches no remaining end point needs: leaves of the tree with no end point go. */
    private static Tree pruned(Tree tree, List<ValidatedEndPoint> ends) {
        Set<String> terminals = new HashSet<>();
        ends.forEach(end -> terminals.add(end.location().nodeId()));
        Set<String> nodes = new LinkedHashSet<>(tree.nodes());
        Map<String, Link> links = new LinkedHashMap<>(tree.links());
        boolean pruning = true;
        while (pruning) {
            pruning = false;
            for (String node : List.copyOf(nodes)) {
                List<Link> touching = links.values().stream().filter(link -> link.nodeEdgePoint().stream()
                        .anyMatch(end -> end.nodeId().equals(node))).toList();
                if (!terminals.contains(node) && touching.size() <= 1) {
                    nodes.remove(node);
                    touching.forEach(link -> links.remove(link.uuid()));
                    pruning = true;
                }
            }
        }
        return new Tree(nodes, links, links.isEmpty() ? 0 : tree.serviceVlan(), links.isEmpty() ? 0
                : tree.leafVlan());
    }
}
