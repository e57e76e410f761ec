package org.presto.core.internal.update;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.core.internal.journal.JournalRecovery;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.pce.PathComputer;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UniPolicy;
import java.util.function.Supplier;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;

/**
 * Changes an installed service in place, under the provisioning lock its caller holds. A capacity change is a
 * matter of reservations when the route has the capacity, else the service moves to a route that has it, new before
 * old ({@link MakeBeforeBreak}); a CE-VLAN change rewrites the entry of the edge node: the stored record first lists
 * both the old and the new entry (so that whatever a crash leaves on the device is known), then the old entry is
 * removed and the new one installed, the old one being put back if that fails. A multipoint service's membership
 * changes through {@link MultipointChange}, a photonic service's capacity through {@link PhotonicChange}; locking
 * and unlocking through {@link Reconfiguration}.
 */
public final class ServiceUpdate {
    private static final String END_POINT = "end-point";

    private final Inventory network;
    private final PrestoStore store;
    private final Supplier<ResourceLedger> ledger;
    private final DeviceActivation devices;

    private final MakeBeforeBreak rerouting;
    private final Reconfiguration reconfiguration;
    private final MultipointChange membership;
    private final PhotonicChange photonic;
    private final CeVlanChanges ceVlans;

    /** @param ledger what all services hold, as it is when asked */
    public ServiceUpdate(Inventory network, PrestoStore store, Supplier<ResourceLedger> ledger,
                         DeviceActivation devices, RouteRequests routes, PathComputer pathComputer,
                         JournalRecovery recovery, SpectrumPlanning spectrum) {
        this.network = network;
        this.store = store;
        this.ledger = ledger;
        this.devices = devices;
        this.rerouting = new MakeBeforeBreak(network, store, ledger, devices, routes, pathComputer);
        this.reconfiguration = new Reconfiguration(store, devices, recovery);
        this.membership = new MultipointChange(network, routes, pathComputer, reconfiguration);
        this.photonic = new PhotonicChange(network, routes, pathComputer, spectrum, reconfiguration);
        this.ceVlans = new CeVlanChanges(network, store, devices, membership);
    }

    public ServiceRecord apply(ServiceRecord record, ConnectivityUpdate update) {
        requireInstalled(record);
        AdministrativeState state = record.service().administrativeState();
        boolean stateChange = update.administrativeState() != null && update.administrativeState() != state;
        boolean otherChange = update.endPoint() != null || update.requestedCapacity() != null;
        if (stateChange && otherChange) {
            throw new PrestoException(Reason.INVALID_INPUT, "state", "change the administrative state in a "
                    + "request of its own, not with end points or capacity");
        }
        if (stateChange) {
            return update.administrativeState() == AdministrativeState.LOCKED
                    ? reconfiguration.lock(record, "state") : reconfiguration.unlock(record, "state");
        }
        if (!otherChange) {
            return record;
        }
        requireUnlocked(record);
        if (!record.changes(MediaChannelEntry.class).isEmpty()) {
            if (update.endPoint() != null) {
                throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "a photonic service keeps its two end "
                        + "points, which have no CE-VLAN; only its capacity changes");
            }
            return photonic.resize(record, update.requestedCapacity(), ledger.get());
        }
        ResourceLedger others = ledger.get().without(record.uuid());
        if (!record.changes(BridgeEntry.class).isEmpty()) {
            return multipoint(record, update, others);
        }
        ServiceRecord updated = record;
        // checked before anything moves: an update is all or nothing
        CeVlanChanges.Checked vlanChange = update.endPoint() == null ? null
                : ceVlans.check(record.service(), update.endPoint(), others);
        if (update.requestedCapacity() != null) {
            updated = routeHolds(record, update.requestedCapacity(), others)
                    ? police(record, update.requestedCapacity())
                    : rerouting.reroute(record, update.requestedCapacity(), others);
        }
        if (update.endPoint() == null) {
            return store.saveService(updated);
        }
        return ceVlans.apply(updated, update.endPoint(), vlanChange);
    }

    /** Removes one end point of a multipoint service. */
    public ServiceRecord removeEndPoint(ServiceRecord record, String localId) {
        requireInstalled(record);
        requireUnlocked(record);
        if (record.changes(BridgeEntry.class).isEmpty()) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "service " + record.uuid() + " is a "
                    + "point-to-point service and keeps its two end points; delete it instead");
        }
        return membership.remove(record, localId);
    }

    /**
     * A multipoint service's capacity (held by its tree, or refused) or membership: a local-id the service does not
     * have adds an end point, one it has changes that end point's CE-VLAN.
     */
    private ServiceRecord multipoint(ServiceRecord record, ConnectivityUpdate update, ResourceLedger others) {
        if (update.requestedCapacity() != null) {
            if (update.endPoint() != null) {
                throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "change the capacity and the end points "
                        + "of a multipoint service in separate requests");
            }
            if (!routeHolds(record, update.requestedCapacity(), others)) {
                return membership.move(record, update.requestedCapacity(), others, ledger.get());
            }
            return police(record, update.requestedCapacity());
        }
        ConnectivityServiceEndPoint requested = update.endPoint();
        if (requested.localId() != null && record.service().endPoint().stream()
                .noneMatch(ep -> requested.localId().equals(ep.localId()))) {
            return membership.add(record, requested, others);
        }
        CeVlanChanges.Checked change = ceVlans.check(record.service(), requested, others);
        return membership.changeCeVlan(record, change.current().withNrpCarrierEthConnectivityEndPointResource(
                requested.nrpCarrierEthConnectivityEndPointResource()));
    }

    /**
     * A capacity the route holds: the service's entries are replaced by ones policing the new rate at its UNIs (new
     * before old on each node, all or nothing); reservations follow the stored capacity.
     */
    private ServiceRecord police(ServiceRecord record, Capacity capacity) {
        ConnectivityService service = record.service().withRequestedCapacity(capacity);
        Map<String, UniPolicy> policies = EndPointPolicies.of(membership.ends(service), service, capacity);
        List<DeviceChange> target = record.changes().stream()
                .map(change -> change.withPolicies(policies)).toList();
        if (target.equals(record.changes())) {
            return store.saveService(record.withService(service));
        }
        return reconfiguration.apply(record, service, record.connections(), target,
                "conn-constraint/requested-capacity");
    }

    private static void requireInstalled(ServiceRecord record) {
        if (record.service().lifecycleState() != LifecycleState.INSTALLED || record.updating()) {
            throw new PrestoException(Reason.CONFLICT, "service-id-or-name", "service " + record.uuid()
                    + " is " + record.service().lifecycleState() + (record.updating() ? ", with a change being undone"
                    : "") + "; only an INSTALLED service can be updated");
        }
    }

    private static void requireUnlocked(ServiceRecord record) {
        if (record.service().administrativeState() == AdministrativeState.LOCKED) {
            throw new PrestoException(Reason.CONFLICT, "state", "service " + record.uuid() + " is LOCKED; "
                    + "unlock it (state UNLOCKED) before changing it");
        }
    }

    /**
     * Whether the service's route has the capacity left for it; refuses a capacity its SIPs do not have, which no
     * other route could give either.
     */
    private boolean routeHolds(ServiceRecord record, Capacity capacity, ResourceLedger others) {
        String path = "conn-constraint/requested-capacity";
        RequestValidator.capacity(capacity, path);
        long kbps = capacity.toKbps();
        for (ConnectivityServiceEndPoint ep : record.service().endPoint()) {
            SipLocation sip = network.locate(ep.sipId()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE,
                    path, "service interface point " + ep.sipId() + " of the service is no longer known"));
            Capacity total = sip.sip().totalPotentialCapacity();
            long left = total == null ? Long.MAX_VALUE : total.toKbps() - others.sipKbpsInUse(ep.sipId());
            if (kbps > left) {
                throw new PrestoException(Reason.CONFLICT, path, "service interface point " + ep.sipId() + " has "
                        + left + " kbit/s left for this service, " + kbps + " kbit/s requested");
            }
        }
        Set<Link> links = record.changes().stream().flatMap(change -> change.ports().stream())
                .map(network::linkAt)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        for (Link link : others.withAvailableCapacity(network.topology().withLink(List.copyOf(links))).link()) {
            if (link.availableCapacity() != null && kbps > link.availableCapacity().toKbps()) {
                return false;
            }
        }
        return true;
    }
}
