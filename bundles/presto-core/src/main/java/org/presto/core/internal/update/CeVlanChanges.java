package org.presto.core.internal.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.EndPointValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UniPolicy;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;

/**
 * The CE-VLAN of one end point of an installed point-to-point service changed: checked free on its SIP, then its
 * edge entry replaced, journaled so that a crash leaves nothing unknown on the device (see {@link ServiceUpdate}).
 * A multipoint service's end points change through {@link MultipointChange}.
 */
final class CeVlanChanges {
    private static final String END_POINT = "end-point";

    private final Inventory network;
    private final PrestoStore store;
    private final DeviceActivation devices;
    private final MultipointChange membership;

    CeVlanChanges(Inventory network, PrestoStore store, DeviceActivation devices, MultipointChange membership) {
        this.network = network;
        this.store = store;
        this.devices = devices;
        this.membership = membership;
    }

    /** A new CE-VLAN for one end point, checked: the end point, its SIP's location and the VLAN, free there. */
    record Checked(ConnectivityServiceEndPoint current, SipLocation sip, int vlan) {
    }

    /** Checks the change an update asks of an end point: only its CE-VLAN, to one free on its SIP. */
    Checked check(ConnectivityService service, ConnectivityServiceEndPoint requested, ResourceLedger ledger) {
        ConnectivityServiceEndPoint current = endPoint(service, requested);
        int vlan = EndPointValidator.ceVlan(requested, END_POINT);
        SipLocation sip = network.locate(current.sipId()).orElseThrow(() -> new PrestoException(
                Reason.UNAVAILABLE, END_POINT, "service interface point " + current.sipId() + " is no longer known"));
        ledger.vlanUser(sip.nepId(), vlan).ifPresent(user -> {
            throw new PrestoException(Reason.CONFLICT, END_POINT + "/nrp-carrier-eth-connectivity-end-point-resource"
                    + "/ce-vlan-id-list-and-untag", "CE-VLAN " + vlan + " is already used on service interface point "
                    + current.sipId() + " by service " + user);
        });
        return new Checked(current, sip, vlan);
    }

    /**
     * Moves a point-to-point end point to its new CE-VLAN: the new edge entry journaled beside the old, the old
     * removed, the new installed; the old one put back if that fails.
     */
    ServiceRecord apply(ServiceRecord record, ConnectivityServiceEndPoint requested, Checked change) {
        ConnectivityServiceEndPoint current = change.current();
        SipLocation sip = change.sip();
        int vlan = change.vlan();
        ForwardingEntry old = record.changes(ForwardingEntry.class).stream()
                .filter(e -> e.portA().equals(sip.nepId()) || e.portB().equals(sip.nepId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("service " + record.uuid() + " has no entry on port "
                        + sip.nepId()));
        ConnectivityService service = record.service().withEndPoint(record.service().endPoint().stream()
                .map(ep -> !ep.localId().equals(current.localId()) ? ep
                        : ep.withNrpCarrierEthConnectivityEndPointResource(
                                requested.nrpCarrierEthConnectivityEndPointResource())).toList());
        // the end point's bandwidth profiles may change with it
        Map<String, UniPolicy> policies = EndPointPolicies.of(membership.ends(service), service,
                service.requestedCapacity());
        ForwardingEntry replacement = (old.portA().equals(sip.nepId())
                ? new ForwardingEntry(old.serviceId(), old.nodeId(), old.portA(), vlan, old.portB(), old.vlanB())
                : new ForwardingEntry(old.serviceId(), old.nodeId(), old.portA(), old.vlanA(), old.portB(), vlan))
                .withPolicies(policies);
        if (replacement.equals(old)) {
            return store.saveService(record.withService(service));
        }
        devices.requireDrivers(List.of(old));
        devices.requireCapable(List.of(replacement), Map.of(sip.nepId(), END_POINT
                + "/nrp-carrier-eth-connectivity-end-point-resource"), END_POINT);
        List<ForwardingEntry> both = new ArrayList<>(record.changes(ForwardingEntry.class));
        both.add(replacement);
        ServiceRecord changing = store.saveService(record.with(record.service(), record.connections(), both)
                .updatingFrom(record.changes(ForwardingEntry.class)));
        try {
            devices.removeAll(List.of(old));
        } catch (DeviceActivation.Failure failure) {
            store.saveService(changing.with(record.service(), record.connections(),
                    record.changes(ForwardingEntry.class))
                    .updated());
            throw failure;
        }
        try {
            devices.installAll(List.of(replacement));
        } catch (DeviceActivation.Failure failure) {
            devices.installAll(List.of(old));
            store.saveService(changing.with(record.service(), record.connections(),
                    record.changes(ForwardingEntry.class))
                    .updated());
            throw new PrestoException(failure.reason(), END_POINT, failure.getMessage()
                    + "; the service keeps CE-VLAN " + (old.portA().equals(sip.nepId()) ? old.vlanA() : old.vlanB()),
                    failure);
        }
        List<ForwardingEntry> entries = record.changes(ForwardingEntry.class).stream()
                .map(e -> e.equals(old) ? replacement : e).toList();
        return store.saveService(changing.with(service, record.connections(), entries).updated());
    }

    /** The service's end point the request names by local-id; its SIP, if given, must be the one it has. */
    private static ConnectivityServiceEndPoint endPoint(ConnectivityService service,
                                                        ConnectivityServiceEndPoint requested) {
        if (requested.localId() == null) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT + "/local-id", "local-id names the end point "
                    + "to change; the service has " + service.endPoint().stream()
                    .map(ConnectivityServiceEndPoint::localId).toList());
        }
        ConnectivityServiceEndPoint current = service.endPoint().stream()
                .filter(ep -> requested.localId().equals(ep.localId())).findFirst()
                .orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, END_POINT + "/local-id", "service "
                        + service.uuid() + " has no end point '" + requested.localId() + "'"));
        if (requested.sipId() != null && !requested.sipId().equals(current.sipId())) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT + "/service-interface-point", "moving an end "
                    + "point to another SIP is not supported yet");
        }
        if (requested.role() != null || requested.direction() != null || requested.capacity() != null
                || requested.layerProtocolName() != null || requested.layerProtocolQualifier() != null
                || requested.protectionRole() != null || requested.administrativeState() != null
                || requested.operationalState() != null || requested.lifecycleState() != null
                || !requested.name().isEmpty()) {
            throw new PrestoException(Reason.INVALID_INPUT, END_POINT, "only the CE-VLAN of an end point can be "
                    + "changed yet: give local-id and nrp-carrier-eth-connectivity-end-point-resource");
        }
        if (requested.nrpCarrierEthConnectivityEndPointResource() != null) {
            EndPointValidator.refuseUnsupportedEndPointAttributes(
                    requested.nrpCarrierEthConnectivityEndPointResource(),
                    END_POINT + "/nrp-carrier-eth-connectivity-end-point-resource");
        }
        return current;
    }
}
