package org.presto.core.internal.planning;

import java.util.List;
import java.util.Map;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.LayerProtocolName;
import org.presto.pce.PathComputer;
import org.presto.pce.SpectrumResult;
import org.presto.spi.UniPolicy;

/**
 * A photonic service: a route over photonic links with one slice of spectrum free on all of them (routing and
 * spectrum assignment); its end points are not policed, so the policies are not asked for.
 */
public final class PhotonicPlanner implements ServicePlanner {
    private final Inventory network;
    private final PathComputer pathComputer;
    private final RouteRequests routes;
    private final SpectrumPlanning spectrum;

    public PhotonicPlanner(Inventory network, PathComputer pathComputer, RouteRequests routes,
            SpectrumPlanning spectrum) {
        this.network = network;
        this.pathComputer = pathComputer;
        this.routes = routes;
        this.spectrum = spectrum;
    }

    @Override
    public ServicePlan plan(String uuid, List<ValidatedEndPoint> ends, ConnectivityRequest request, long kbps,
                            Map<String, UniPolicy> policies, ResourceLedger ledger) {
        RouteConstraints constraints = request.routeConstraints();
        if (!constraints.waypoints().isEmpty()) {
            throw new PrestoException(Reason.INVALID_INPUT, "topo-constraint", "waypoints are not supported "
                    + "for photonic services yet");
        }
        String from = ends.get(0).location().nodeId();
        String to = ends.get(1).location().nodeId();
        if (from.equals(to)) {
            throw new PrestoException(Reason.INVALID_INPUT, "end-point[1]/service-interface-point", "a "
                    + "photonic service joins two different photonic nodes; both points are on node " + from);
        }
        SpectrumResult result = pathComputer.routeAndAssignSpectrum(routes.request(from, to, request.objective(), 0,
                LayerProtocolName.OTSiA, constraints, ledger), spectrum.request(kbps, ledger.spectrum(),
                ledger.slotsAt(ends.get(0).location().nepId(), ends.get(1).location().nepId())));
        if (result instanceof SpectrumResult.NotAssigned none) {
            throw new PrestoException(Reason.CONFLICT, null, none.cause().appTag(), "no route: " + none.detail());
        }
        SpectrumResult.Assigned assigned = (SpectrumResult.Assigned) result;
        return new ServicePlan(uuid, assigned.path(), ends.get(0).location().nepId(), ends.get(1).location().nepId(),
                assigned.slice(), network::topologyOf);
    }
}
