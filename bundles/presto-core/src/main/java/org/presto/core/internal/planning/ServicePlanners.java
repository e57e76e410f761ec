package org.presto.core.internal.planning;

import org.presto.core.internal.inventory.Inventory;
import org.presto.model.LayerProtocolName;
import org.presto.model.ServiceType;
import org.presto.pce.PathComputer;

/**
 * One planner per kind of service, as ONOS has one compiler per kind of intent: photonic services by their layer,
 * Ethernet ones by their type (point-to-point, or multipoint for E-LAN and E-Tree). A new kind of service is a new
 * planner here.
 */
public final class ServicePlanners {
    private final ServicePlanner pointToPoint;
    private final ServicePlanner multipoint;
    private final ServicePlanner photonic;

    public ServicePlanners(Inventory network, PathComputer pathComputer, RouteRequests routes,
            SpectrumPlanning spectrum) {
        this.pointToPoint = new PointToPointEthernetPlanner(network, pathComputer, routes);
        this.multipoint = new MultipointEthernetPlanner(network, pathComputer, routes);
        this.photonic = new PhotonicPlanner(network, pathComputer, routes, spectrum);
    }

    /** The planner for a service of this layer and type. */
    public ServicePlanner of(LayerProtocolName layer, ServiceType type) {
        if (layer == LayerProtocolName.OTSiA) {
            return photonic;
        }
        return type == ServiceType.MULTIPOINT_CONNECTIVITY || type == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY
                ? multipoint : pointToPoint;
    }
}
