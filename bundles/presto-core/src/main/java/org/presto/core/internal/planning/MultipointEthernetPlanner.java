package org.presto.core.internal.planning;

import java.util.List;
import java.util.Map;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.ServiceType;
import org.presto.pce.ComputedTree;
import org.presto.pce.PathComputer;
import org.presto.pce.TreeResult;
import org.presto.spi.UniPolicy;

/**
 * An E-LAN or E-Tree: a tree joining its end points' nodes (a Steiner tree), one bridge per node of it, on a service
 * VLAN free on all its trunks, and for an E-Tree a second one for its leaves.
 */
public final class MultipointEthernetPlanner implements ServicePlanner {
    private final Inventory network;
    private final PathComputer pathComputer;
    private final RouteRequests routes;

    public MultipointEthernetPlanner(Inventory network, PathComputer pathComputer, RouteRequests routes) {
        this.network = network;
        this.pathComputer = pathComputer;
        this.routes = routes;
    }

    @Override
    public ServicePlan plan(String uuid, List<ValidatedEndPoint> ends, ConnectivityRequest request,
                            long kbps, Map<String, UniPolicy> policies, ResourceLedger ledger) {
        List<String> terminals = ends.stream().map(end -> end.location().nodeId()).distinct().toList();
        ComputedTree tree;
        if (terminals.size() == 1) {
            RouteOnOneNode.check(terminals.get(0), request.routeConstraints());
            tree = new ComputedTree(terminals, List.of(), 0);
        } else {
            TreeResult result = pathComputer.multipointTree(routes.treeRequest(terminals, request.objective(), kbps,
                    request.routeConstraints(), ledger));
            if (result instanceof TreeResult.NotFound none) {
                throw new PrestoException(Reason.CONFLICT, null, none.cause().appTag(), "no tree: " + none.detail());
            }
            tree = ((TreeResult.Found) result).tree();
        }
        List<String> trunkPorts = VlanAllocator.trunkPorts(tree.links());
        VlanAllocator vlans = new VlanAllocator(ledger);
        int serviceVlan = vlans.serviceVlan(trunkPorts, null, "the tree");
        int leafVlan = request.serviceType() == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY
                ? vlans.leafVlan(trunkPorts, serviceVlan, null, "the tree") : 0;
        return new ServicePlan(uuid, tree, ends, serviceVlan, leafVlan, policies, network::topologyOf);
    }
}
