package org.presto.core.internal.planning;

import java.util.List;
import java.util.Map;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.LayerProtocolName;
import org.presto.model.RouteObjectiveFunction;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathComputer;
import org.presto.pce.PathResult;
import org.presto.spi.UniPolicy;

/** An E-Line: the best Ethernet route between its two end points, on a service VLAN free on all its trunks. */
public final class PointToPointEthernetPlanner implements ServicePlanner {
    private final Inventory network;
    private final PathComputer pathComputer;
    private final RouteRequests routes;

    public PointToPointEthernetPlanner(Inventory network, PathComputer pathComputer, RouteRequests routes) {
        this.network = network;
        this.pathComputer = pathComputer;
        this.routes = routes;
    }

    @Override
    public ServicePlan plan(String uuid, List<ValidatedEndPoint> ends, ConnectivityRequest request,
                            long kbps, Map<String, UniPolicy> policies, ResourceLedger ledger) {
        ComputedPath path = route(ends, request.objective(), kbps, request.routeConstraints(), ledger);
        int serviceVlan = new VlanAllocator(ledger).serviceVlan(VlanAllocator.trunkPorts(path.links()), null,
                "the route");
        return new ServicePlan(uuid, path, ends.get(0), ends.get(1), serviceVlan, policies,
                network::topologyOf);
    }

    private ComputedPath route(List<ValidatedEndPoint> ends, RouteObjectiveFunction objective, long kbps,
                               RouteConstraints constraints, ResourceLedger ledger) {
        String from = ends.get(0).location().nodeId();
        String to = ends.get(1).location().nodeId();
        if (from.equals(to)) {
            return RouteOnOneNode.check(from, constraints);
        }
        // an Ethernet service rides Ethernet links only; other layers need multi-layer path computation
        PathResult result = pathComputer.shortestPath(routes.request(from, to, objective, kbps, LayerProtocolName.ETH,
                constraints, ledger));
        if (result instanceof PathResult.NotFound notFound) {
            throw new PrestoException(Reason.CONFLICT, null, notFound.cause().appTag(), "no route: "
                    + notFound.detail());
        }
        return ((PathResult.Found) result).path();
    }
}
