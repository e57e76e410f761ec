package org.presto.core.internal.planning;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.Capacity;
import org.presto.model.Link;
import org.presto.store.ResourceClaims;
import org.presto.store.ServiceRecord;

/**
 * What a service claims in the database with its record ({@link ResourceClaims}): each VLAN on a port and each
 * spectrum slot on a port exclusively; its bandwidth as a share of each link port it crosses, limited by the link's
 * capacity, and of each of its SIPs, limited by the SIP's. The names are those of {@link ServiceResources}, so that
 * every Presto node sharing a database names a resource alike.
 */
public final class ServiceClaims {
    private final Inventory network;

    public ServiceClaims(Inventory network) {
        this.network = network;
    }

    /** The claims of a service as planned: a share past its limit is refused. */
    public ResourceClaims of(ServiceRecord record) {
        return of(ServiceResources.of(record), true);
    }

    /**
     * The claims of a service already on the network, stored before claims were kept: recorded as they are, no limit
     * checked, for what is on the network is so whatever the limits say.
     */
    public ResourceClaims asFound(ServiceRecord record) {
        return of(ServiceResources.of(record), false);
    }

    private ResourceClaims of(ServiceResources held, boolean limited) {
        Set<String> exclusive = new HashSet<>();
        for (String vlan : held.vlans()) {
            exclusive.add("vlan/" + vlan);
        }
        for (Map.Entry<String, BitSet> slots : held.slots().entrySet()) {
            BitSet taken = slots.getValue();
            for (int slot = taken.nextSetBit(0); slot >= 0; slot = taken.nextSetBit(slot + 1)) {
                exclusive.add("slot/" + slots.getKey() + "#" + slot);
            }
        }
        Map<String, ResourceClaims.Share> shares = new HashMap<>();
        if (held.kbps() > 0) {
            for (String port : held.ports()) {
                Optional<Link> link = network.linkAt(port);
                if (link.isPresent()) {
                    shares.put("kbps/port/" + port, share(held.kbps(), ResourceLedger.capacity(link.get()), limited));
                }
            }
            for (String sip : held.sips()) {
                Capacity capacity = network.locate(sip).map(location -> location.sip().totalPotentialCapacity())
                        .orElse(null);
                shares.put("kbps/sip/" + sip, share(held.kbps(), capacity, limited));
            }
        }
        return new ResourceClaims(exclusive, shares);
    }

    private static ResourceClaims.Share share(long kbps, Capacity limit, boolean limited) {
        return new ResourceClaims.Share(kbps, limit == null || !limited ? Long.MAX_VALUE : limit.toKbps());
    }
}
