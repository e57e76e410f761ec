package org.presto.core.internal.services;

import java.util.List;
import java.util.Map;
import org.presto.core.ConnectivityRequest;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.EndPointResources;
import org.presto.core.internal.planning.EvcAttributes;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ServicePlanners;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.model.LayerProtocolName;
import org.presto.spi.UniPolicy;
import org.presto.store.ServiceRecord;

/**
 * One plan of a new service on the ledger as it is now: the request checked against the network, its end points'
 * resources free, a route and its device changes chosen by the planner of its kind, every node's driver there and
 * able. What it returns is only as true as that ledger; the claims of the save that stores it PLANNED decide.
 */
final class NewServicePlanner {
    /** A new service's plan and its record PLANNED, to be stored or as stored (what it holds claimed). */
    record Planned(ServicePlan plan, ServiceRecord record) {
        Planned stored(ServiceRecord saved) {
            return new Planned(plan, saved);
        }
    }

    private final Inventory network;
    private final ServicePlanners planners;
    private final DeviceActivation devices;

    NewServicePlanner(Inventory network, ServicePlanners planners, DeviceActivation devices) {
        this.network = network;
        this.planners = planners;
        this.devices = devices;
    }

    Planned plan(String uuid, ConnectivityRequest request, ResourceLedger ledger) {
        List<ValidatedEndPoint> ends = RequestValidator.validate(request, network);
        LayerProtocolName layer = RequestValidator.serviceLayer(request, network);
        EvcAttributes.check(request.connectivityResource(), request.serviceType(), ends, layer);
        long kbps = request.requestedCapacity() == null ? 0 : request.requestedCapacity().toKbps();
        EndPointResources.check(ends, ledger, kbps);
        Map<String, UniPolicy> policies = layer == LayerProtocolName.OTSiA ? Map.of()
                : EndPointPolicies.of(ends, request.requestedCapacity(), request.connectivityResource());
        ServicePlan plan = planners.of(layer, request.serviceType()).plan(uuid, ends, request, kbps, policies, ledger);
        devices.requireDrivers(plan.changes());
        devices.requireCapable(plan.changes(), EndPointPolicies.paths(ends), null);
        return new Planned(plan, ServiceRecord.of(StoredService.of(uuid, request, ends, plan, layer, network),
                plan.connections, plan.changes()));
    }
}
