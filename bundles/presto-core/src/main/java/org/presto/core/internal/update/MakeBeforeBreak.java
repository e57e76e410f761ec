package org.presto.core.internal.update;

import java.util.ArrayList;
import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.EndPointValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LayerProtocolName;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathComputer;
import org.presto.pce.PathResult;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an installed Ethernet service to another route, new before old: the new route is computed under the
 * service's own constraints with the new capacity (net of what the other services reserve) on a service VLAN free
 * beside the old one; the record first lists both routes' entries (so whatever a failure leaves on the devices is
 * known); the new transit nodes are configured; each edge node is switched from the old entry to the new one (the
 * only moment traffic is hit); the old transit nodes are cleared last. On a failure before the switch is complete
 * the service is put back on its old route.
 */
public final class MakeBeforeBreak {
    private static final Logger LOG = LoggerFactory.getLogger(MakeBeforeBreak.class);
    private static final String CAPACITY = "conn-constraint/requested-capacity";

    private final Inventory network;
    private final PrestoStore store;
    private final java.util.function.Supplier<ResourceLedger> ledger;
    private final DeviceActivation devices;
    private final RouteRequests routes;
    private final PathComputer pathComputer;

    MakeBeforeBreak(Inventory network, PrestoStore store, java.util.function.Supplier<ResourceLedger> ledger,
                    DeviceActivation devices, RouteRequests routes, PathComputer pathComputer) {
        this.network = network;
        this.store = store;
        this.ledger = ledger;
        this.devices = devices;
        this.routes = routes;
        this.pathComputer = pathComputer;
    }

    ServiceRecord reroute(ServiceRecord record, Capacity capacity, ResourceLedger others) {
        ConnectivityService service = record.service();
        List<ValidatedEndPoint> ends = service.endPoint().stream().map(this::validated).toList();
        String from = ends.get(0).location().nodeId();
        String to = ends.get(1).location().nodeId();
        PathResult result = pathComputer.shortestPath(routes.request(from, to, service.routeObjectiveFunction(),
                capacity.toKbps(), LayerProtocolName.ETH, routes.kept(service), others));
        if (result instanceof PathResult.NotFound notFound) {
            throw new PrestoException(Reason.CONFLICT, CAPACITY, notFound.cause().appTag(), "the service's route "
                    + "cannot carry " + capacity.toKbps() + " kbit/s and no other route can: " + notFound.detail());
        }
        ComputedPath path = ((PathResult.Found) result).path();
        ResourceLedger all = ledger.get();
        int vlan = new VlanAllocator(all).serviceVlan(VlanAllocator.trunkPorts(path.links()), CAPACITY,
                "the new route");
        ServicePlan plan = new ServicePlan(record.uuid(), path, ends.get(0), ends.get(1), vlan,
                EndPointPolicies.of(ends, service, capacity), network::topologyOf);
        // the edges by the end points' ports: after an earlier move the list may hold leftovers in any place
        List<ForwardingEntry> old = orderedByEdges(record.changes(ForwardingEntry.class), ends);
        List<ForwardingEntry> both = new ArrayList<>(old);
        both.addAll(plan.entries);
        ServiceRecord journaled = store.saveService(record.with(service, record.connections(), both)
                .updatingFrom(old));
        List<ForwardingEntry> fresh = plan.entries;
        List<ForwardingEntry> newTransit = fresh.subList(1, fresh.size() - 1);
        List<Integer> switched = new ArrayList<>();
        try {
            devices.installAll(newTransit);
            for (int edge : new int[] {0, 1}) {
                ForwardingEntry oldEdge = edge == 0 ? old.get(0) : old.get(old.size() - 1);
                ForwardingEntry newEdge = edge == 0 ? fresh.get(0) : fresh.get(fresh.size() - 1);
                devices.removeAll(List.of(oldEdge));
                switched.add(edge);
                devices.installAll(List.of(newEdge));
            }
        } catch (DeviceActivation.Failure failure) {
            throw backOut(journaled, old, fresh, switched, failure);
        }
        List<ForwardingEntry> oldTransit = new ArrayList<>(old.subList(1, old.size() - 1));
        java.util.Collections.reverse(oldTransit);
        List<ForwardingEntry> kept = new ArrayList<>(fresh);
        try {
            devices.removeAll(oldTransit);
        } catch (DeviceActivation.Failure failure) {
            kept.addAll(DeviceChange.ofKind(failure.leftOnDevices(), ForwardingEntry.class));
            LOG.warn("Service {} moved to its new route, but clearing its old transit nodes failed: {}; they stay "
                    + "recorded with it", record.uuid(), failure.getMessage());
        }
        LOG.info("Service {} moved to a route with {} kbit/s on service VLAN {}", record.uuid(), capacity.toKbps(),
                vlan);
        List<org.presto.model.Connection> installed = plan.connections.stream()
                .map(c -> c.withStates(c.operationalState(), org.presto.model.LifecycleState.INSTALLED)).toList();
        return store.saveService(journaled.with(service.withRequestedCapacity(capacity), installed, kept)
                .updated());
    }

    /** Puts the service back on its old route after a failure; what cannot be put back stays recorded. */
    private PrestoException backOut(ServiceRecord journaled, List<ForwardingEntry> old, List<ForwardingEntry> fresh,
                                    List<Integer> switched, DeviceActivation.Failure cause) {
        try {
            for (int edge : switched) {
                ForwardingEntry newEdge = edge == 0 ? fresh.get(0) : fresh.get(fresh.size() - 1);
                ForwardingEntry oldEdge = edge == 0 ? old.get(0) : old.get(old.size() - 1);
                devices.removeAll(List.of(newEdge));
                devices.installAll(List.of(oldEdge));
            }
            List<ForwardingEntry> newTransit = new ArrayList<>(fresh.subList(1, fresh.size() - 1));
            java.util.Collections.reverse(newTransit);
            devices.removeAll(newTransit);
            store.saveService(journaled.with(journaled.service(), journaled.connections(), old)
                    .updated());
            return new PrestoException(cause.reason(), CAPACITY, "moving the service to a route with the new "
                    + "capacity failed, it keeps its route and capacity: " + cause.getMessage(), cause);
        } catch (DeviceActivation.Failure undo) {
            // both routes stay recorded, and the old one as the one to restore: journal recovery puts it back
            return new PrestoException(Reason.DEVICE_FAILURE, CAPACITY, "moving the service failed ("
                    + cause.getMessage() + ") and putting it back failed too (" + undo.getMessage() + "); both "
                    + "routes stay recorded with it, delete it to clear them", undo);
        }
    }

    /** The entries with the one on the first end point's port first, the one on the last's last, transit between. */
    private static List<ForwardingEntry> orderedByEdges(List<ForwardingEntry> entries, List<ValidatedEndPoint> ends) {
        List<ForwardingEntry> transit = new ArrayList<>(entries);
        List<ForwardingEntry> ordered = new ArrayList<>();
        for (ValidatedEndPoint end : ends) {
            String port = end.location().nepId();
            ForwardingEntry edge = transit.stream().filter(e -> e.portA().equals(port) || e.portB().equals(port))
                    .findFirst().orElseThrow(() -> new PrestoException(Reason.CONFLICT, CAPACITY, "the service has "
                            + "no entry on its end point's port " + port + "; delete and create it again"));
            transit.remove(edge);
            ordered.add(edge);
        }
        ordered.addAll(1, transit);
        return ordered;
    }

    private ValidatedEndPoint validated(ConnectivityServiceEndPoint ep) {
        SipLocation location = network.locate(ep.sipId()).orElseThrow(() -> new PrestoException(
                Reason.UNAVAILABLE, CAPACITY, "service interface point " + ep.sipId() + " is no longer known"));
        return new ValidatedEndPoint(ep, location, EndPointValidator.ceVlan(ep, "end-point"));
    }
}
