package org.presto.core.internal.planning;

import java.util.Collection;
import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.Link;

/**
 * The service VLANs an Ethernet service's frames cross the trunks on: the lowest VLAN free on every port of its route
 * or tree, and for an E-Tree a second above it for its leaves' frames, so that no switch hands them to another leaf.
 * VLAN 1 is left to the switches' defaults and 4095 is reserved (IEEE 802.1Q).
 */
public final class VlanAllocator {
    public static final int FIRST_SERVICE_VLAN = 2;
    public static final int LAST_SERVICE_VLAN = 4094;

    private final ResourceLedger ledger;

    /** Allocates among the VLANs the ledger's services leave free. */
    public VlanAllocator(ResourceLedger ledger) {
        this.ledger = ledger;
    }

    /** Both end ports of every link: where a service VLAN must be free. */
    public static List<String> trunkPorts(Collection<Link> links) {
        return links.stream().flatMap(link -> link.nodeEdgePoint().stream().map(end -> end.ownedNodeEdgePointId()))
                .toList();
    }

    /**
     * The lowest VLAN free on every port.
     *
     * @param path  the request member a refusal names, or null for the request as a whole
     * @param where what the ports belong to, for the refusal ("the route", "the new tree")
     */
    public int serviceVlan(List<String> ports, String path, String where) {
        return ledger.lowestFreeVlan(ports, FIRST_SERVICE_VLAN, LAST_SERVICE_VLAN).orElseThrow(() ->
                new PrestoException(Reason.CONFLICT, path, "no service VLAN is free on every link of " + where));
    }

    /** The lowest VLAN above the service VLAN free on every port, for an E-Tree's leaves. */
    public int leafVlan(List<String> ports, int serviceVlan, String path, String where) {
        return ledger.lowestFreeVlan(ports, serviceVlan + 1, LAST_SERVICE_VLAN).orElseThrow(() ->
                new PrestoException(Reason.CONFLICT, path, "no leaf VLAN is free on every link of " + where));
    }
}
