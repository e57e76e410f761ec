package org.presto.core.internal.planning;

import java.util.List;
import java.util.Optional;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.Capacity;

/** What a new end point takes at its UNI: its CE-VLAN must be free on the port and its SIP must have the capacity. */
public final class EndPointResources {
    private EndPointResources() {
    }

    /** Checks each end point of a request, naming it by its place in the request's end-point list. */
    public static void check(List<ValidatedEndPoint> ends, ResourceLedger ledger, long kbps) {
        for (int i = 0; i < ends.size(); i++) {
            check(List.of(ends.get(i)), ledger, kbps, "end-point[" + i + "]");
        }
    }

    /** The end points' CE-VLANs are free on their ports and their SIPs have the capacity left; path names them. */
    public static void check(List<ValidatedEndPoint> ends, ResourceLedger ledger, long kbps, String path) {
        for (ValidatedEndPoint end : ends) {
            Optional<String> user = ledger.vlanUser(end.location().nepId(), end.ceVlan());
            if (user.isPresent()) {
                throw new PrestoException(Reason.CONFLICT, path
                        + "/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag",
                        "CE-VLAN " + end.ceVlan() + " is already used on service interface point "
                                + end.location().sip().uuid() + " by service " + user.get());
            }
            Capacity capacity = end.location().sip().totalPotentialCapacity();
            long inUse = ledger.sipKbpsInUse(end.location().sip().uuid());
            if (capacity != null && kbps > 0 && inUse + kbps > capacity.toKbps()) {
                throw new PrestoException(Reason.CONFLICT, path + "/service-interface-point", "service interface "
                        + "point " + end.location().sip().uuid() + " has " + (capacity.toKbps() - inUse)
                        + " kbit/s left, " + kbps + " kbit/s requested");
            }
        }
    }
}
