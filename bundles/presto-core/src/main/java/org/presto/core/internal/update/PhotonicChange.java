package org.presto.core.internal.update;

import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.model.Capacity;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.pce.PathComputer;
import org.presto.pce.SpectrumResult;
import org.presto.spi.MediaChannelEntry;
import org.presto.store.ServiceRecord;

/**
 * A new capacity for an installed photonic service. When the channel width it needs is the one the service has,
 * only the reservation changes; else the service gets a new channel: route and spectrum assigned again under its
 * kept constraints, on spectrum free of every service including its own (so the new channel can light up beside the
 * old one), installed before the old channel is removed ({@link Reconfiguration}).
 */
public final class PhotonicChange {
    private static final String CAPACITY = "conn-constraint/requested-capacity";

    private final Inventory network;
    private final RouteRequests routes;
    private final PathComputer pathComputer;
    private final SpectrumPlanning spectrum;
    private final Reconfiguration reconfiguration;

    PhotonicChange(Inventory network, RouteRequests routes, PathComputer pathComputer, SpectrumPlanning spectrum,
                   Reconfiguration reconfiguration) {
        this.network = network;
        this.routes = routes;
        this.pathComputer = pathComputer;
        this.spectrum = spectrum;
        this.reconfiguration = reconfiguration;
    }

    ServiceRecord resize(ServiceRecord record, Capacity capacity, ResourceLedger all) {
        RequestValidator.capacity(capacity, CAPACITY);
        long kbps = capacity.toKbps();
        long width = spectrum.widthMhz(kbps);
        ConnectivityService service = record.service().withRequestedCapacity(capacity);
        long current = record.changes(MediaChannelEntry.class).get(0).upperFrequencyMhz()
                - record.changes(MediaChannelEntry.class).get(0).lowerFrequencyMhz();
        if (width == current) {
            return reconfiguration.apply(record, service, record.connections(), record.changes(), CAPACITY);
        }
        List<ConnectivityServiceEndPoint> ends = record.service().endPoint();
        SipLocation a = locate(ends.get(0));
        SipLocation z = locate(ends.get(1));
        SpectrumResult result = pathComputer.routeAndAssignSpectrum(routes.request(a.nodeId(), z.nodeId(),
                service.routeObjectiveFunction(), 0, LayerProtocolName.OTSiA, routes.kept(service), all),
                spectrum.request(kbps, all.spectrum(), all.slotsAt(a.nepId(), z.nepId())));
        if (result instanceof SpectrumResult.NotAssigned none) {
            throw new PrestoException(Reason.CONFLICT, CAPACITY, none.cause().appTag(), "no channel of " + width
                    + " MHz can be set up beside the service's own: " + none.detail());
        }
        SpectrumResult.Assigned assigned = (SpectrumResult.Assigned) result;
        ServicePlan plan = new ServicePlan(record.uuid(), assigned.path(), a.nepId(), z.nepId(), assigned.slice(),
                network::topologyOf);
        List<Connection> connections = plan.connections.stream()
                .map(c -> c.withStates(c.operationalState(), LifecycleState.INSTALLED)).toList();
        return reconfiguration.apply(record, service.withConnection(List.of(plan.topConnectionId)), connections,
                plan.changes(), CAPACITY);
    }

    private SipLocation locate(ConnectivityServiceEndPoint ep) {
        return network.locate(ep.sipId()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, CAPACITY,
                "service interface point " + ep.sipId() + " of the service is no longer known"));
    }
}
