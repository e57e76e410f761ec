package org.presto.core.internal.planning;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.Capacity;
import org.presto.model.CapacityUnit;
import org.presto.model.CapacityValue;
import org.presto.model.Link;
import org.presto.model.Topology;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.store.ServiceRecord;

/**
 * What the stored services hold: VLANs per port, bandwidth per port (so per link) and per SIP, spectrum per port.
 * Kept up to date one service at a time as services are saved and deleted ({@link #put}, {@link #remove}), each
 * change costing what that service holds, not what all do; a request reads it while others change it. It is what a
 * request plans with, not what guards against double booking: that is the claims each save makes in the database
 * (see {@link ServiceClaims}), which refuse a plan made on a view that was already out of date.
 * Keyed by port, not link, so that a change of topology needs no rebuild; links are looked up when asked about.
 */
public final class ResourceLedger {
    /** The shared state; a ledger {@link #without} a service is a view of the same. */
    private static final class State {
        final Map<String, ServiceResources> held = new ConcurrentHashMap<>();
        final Map<String, String> vlanUser = new ConcurrentHashMap<>();
        final Map<String, Long> portKbps = new ConcurrentHashMap<>();
        final Map<String, Long> sipKbps = new ConcurrentHashMap<>();
        final Map<String, Map<String, BitSet>> portSlots = new ConcurrentHashMap<>();
        /** The VLANs in use (or pencilled in) per port, guarded by the state: the lowest free one is one scan. */
        final Map<String, BitSet> portVlans = new HashMap<>();
        /** The VLANs plans under way have chosen, by the uuid of their service, until it is stored or given up. */
        final Map<String, Set<String>> pencilled = new ConcurrentHashMap<>();
    }

    /** The highest VLAN a port can carry (IEEE 802.1Q). */
    private static final int LAST_VLAN = 4095;

    private final Inventory network;
    private final State state;
    /** What the service this view leaves out holds, or null. */
    private final ServiceResources excluded;
    /** The service whose plan pencils in the VLANs it chooses through this view, or null. */
    private final String planning;

    /** An empty ledger, which the service cache fills. */
    public ResourceLedger(Inventory network) {
        this(network, new State(), null, null);
    }

    /** A ledger of these services. */
    public ResourceLedger(Collection<ServiceRecord> services, Inventory network) {
        this(network);
        for (ServiceRecord record : services) {
            put(record);
        }
    }

    private ResourceLedger(Inventory network, State state, ServiceResources excluded, String planning) {
        this.network = network;
        this.state = state;
        this.excluded = excluded;
        this.planning = planning;
    }

    /** The same ledger as if a service held nothing: what an update of that service may use. */
    public ResourceLedger without(String uuid) {
        ServiceResources left = state.held.get(uuid);
        return left == null ? this : new ResourceLedger(network, state, left, null);
    }

    /**
     * The same ledger for planning a new service: each VLAN the plan chooses is pencilled in for it at once, so that
     * plans made side by side choose different VLANs instead of the same one (which only one could then claim). The
     * marks go when the service is stored ({@link #put}) or the plan is given up ({@link #erase}).
     */
    public ResourceLedger planning(String uuid) {
        return new ResourceLedger(network, state, null, uuid);
    }

    /** Erases what a plan given up pencilled in. */
    public void erase(String uuid) {
        synchronized (state) {
            Set<String> marks = state.pencilled.remove(uuid);
            if (marks != null) {
                marks.forEach(vlan -> unuse(vlan, uuid));
            }
        }
    }

    /** Marks a VLAN (port#vlan) used by a service; under the state's lock. */
    private void use(String vlanKey, String uuid) {
        state.vlanUser.put(vlanKey, uuid);
        int hash = vlanKey.lastIndexOf('#');
        state.portVlans.computeIfAbsent(vlanKey.substring(0, hash), p -> new BitSet(LAST_VLAN + 1))
                .set(Integer.parseInt(vlanKey.substring(hash + 1)));
    }

    /** Unmarks a VLAN (port#vlan) if that service uses it; under the state's lock. */
    private void unuse(String vlanKey, String uuid) {
        if (state.vlanUser.remove(vlanKey, uuid)) {
            int hash = vlanKey.lastIndexOf('#');
            BitSet used = state.portVlans.get(vlanKey.substring(0, hash));
            if (used != null) {
                used.clear(Integer.parseInt(vlanKey.substring(hash + 1)));
            }
        }
    }

    /** Records what a service holds now, instead of what it held. */
    public void put(ServiceRecord record) {
        ServiceResources now = ServiceResources.of(record);
        synchronized (state) {
            ServiceResources before = state.held.put(record.uuid(), now);
            if (before != null) {
                release(before);
            }
            take(now);
            Set<String> marks = state.pencilled.remove(record.uuid());
            if (marks != null) {
                marks.stream().filter(vlan -> !now.vlans().contains(vlan)).forEach(vlan -> unuse(vlan, record.uuid()));
            }
        }
    }

    /** Forgets what a service held. */
    public void remove(String uuid) {
        synchronized (state) {
            ServiceResources before = state.held.remove(uuid);
            if (before != null) {
                release(before);
            }
        }
    }

    /** Forgets everything, and records what these services hold. */
    public void reset(Collection<ServiceRecord> services) {
        synchronized (state) {
            for (String uuid : List.copyOf(state.held.keySet())) {
                remove(uuid);
            }
            for (ServiceRecord record : services) {
                put(record);
            }
        }
    }

    private void take(ServiceResources held) {
        for (String vlan : held.vlans()) {
            use(vlan, held.uuid());
        }
        for (String port : held.ports()) {
            state.portKbps.merge(port, held.kbps(), Long::sum);
        }
        for (String sip : held.sips()) {
            state.sipKbps.merge(sip, held.kbps(), Long::sum);
        }
        held.slots().forEach((port, slots) -> state.portSlots.computeIfAbsent(port, p -> new ConcurrentHashMap<>())
                .put(held.uuid(), slots));
    }

    private void release(ServiceResources held) {
        for (String vlan : held.vlans()) {
            unuse(vlan, held.uuid());
        }
        for (String port : held.ports()) {
            state.portKbps.computeIfPresent(port, (p, kbps) -> kbps == held.kbps() ? null : kbps - held.kbps());
        }
        for (String sip : held.sips()) {
            state.sipKbps.computeIfPresent(sip, (s, kbps) -> kbps == held.kbps() ? null : kbps - held.kbps());
        }
        for (String port : held.slots().keySet()) {
            state.portSlots.computeIfPresent(port, (p, users) -> {
                users.remove(held.uuid());
                return users.isEmpty() ? null : users;
            });
        }
    }

    /** The service using a VLAN on a port, if any. */
    public Optional<String> vlanUser(String port, int vlan) {
        String user = state.vlanUser.get(ServiceResources.vlanKey(port, vlan));
        return user == null || excluded != null && user.equals(excluded.uuid()) ? Optional.empty()
                : Optional.of(user);
    }

    /** The lowest VLAN in [from, to] free on every given port, if any; pencilled in when planning. */
    Optional<Integer> lowestFreeVlan(List<String> ports, int from, int to) {
        synchronized (state) {
            BitSet used = new BitSet(LAST_VLAN + 1);
            for (String port : ports) {
                BitSet onPort = state.portVlans.get(port);
                if (onPort == null) {
                    continue;
                }
                if (excluded != null) {
                    // what the service this view leaves out uses on this port is free to it, here only
                    onPort = (BitSet) onPort.clone();
                    for (String vlan : excluded.vlans()) {
                        int hash = vlan.lastIndexOf('#');
                        if (vlan.substring(0, hash).equals(port)
                                && excluded.uuid().equals(state.vlanUser.get(vlan))) {
                            onPort.clear(Integer.parseInt(vlan.substring(hash + 1)));
                        }
                    }
                }
                used.or(onPort);
            }
            int vlan = used.nextClearBit(from);
            if (vlan > to) {
                return Optional.empty();
            }
            if (planning != null) {
                for (String port : ports) {
                    String key = ServiceResources.vlanKey(port, vlan);
                    use(key, planning);
                    state.pencilled.computeIfAbsent(planning, uuid -> ConcurrentHashMap.newKeySet()).add(key);
                }
            }
            return Optional.of(vlan);
        }
    }

    public long sipKbpsInUse(String sipId) {
        long all = state.sipKbps.getOrDefault(sipId, 0L);
        return excluded != null && excluded.sips().contains(sipId) ? all - excluded.kbps() : all;
    }

    /** Bandwidth in kbit/s the services reserve on a port. */
    public long portKbpsInUse(String port) {
        long all = state.portKbps.getOrDefault(port, 0L);
        return excluded != null && excluded.ports().contains(port) ? all - excluded.kbps() : all;
    }

    /**
     * Bandwidth in kbit/s the services reserve per link uuid: the more of its two ports' figures (the same, where
     * each service crossing the link has changes at both its ends).
     */
    public Map<String, Long> linkKbpsInUse() {
        Map<String, Long> links = new HashMap<>();
        for (String port : state.portKbps.keySet()) {
            long kbps = portKbpsInUse(port);
            Optional<Link> link = network.linkAt(port);
            if (link.isPresent() && kbps > 0) {
                links.merge(link.get().uuid(), kbps, Math::max);
            }
        }
        return links;
    }

    /** The slots the services' media channels take on either of two ports (a photonic service's end points). */
    public BitSet slotsAt(String portA, String portB) {
        BitSet taken = new BitSet(SpectrumGrid.SLOTS);
        for (String port : List.of(portA, portB)) {
            taken.or(slotsOn(port));
        }
        return taken;
    }

    private BitSet slotsOn(String port) {
        BitSet taken = new BitSet(SpectrumGrid.SLOTS);
        Map<String, BitSet> users = state.portSlots.get(port);
        if (users != null) {
            users.forEach((uuid, slots) -> {
                if (excluded == null || !uuid.equals(excluded.uuid())) {
                    taken.or(slots);
                }
            });
        }
        return taken;
    }

    /** The 12.5 GHz slots the services' media channels take on each link. */
    public SpectrumMap spectrum() {
        Map<String, BitSet> links = new HashMap<>();
        for (String port : state.portSlots.keySet()) {
            network.linkAt(port).ifPresent(link -> links.computeIfAbsent(link.uuid(),
                    l -> new BitSet(SpectrumGrid.SLOTS)).or(slotsOn(port)));
        }
        return SpectrumMap.of(links);
    }

    /** The topology with each link's available capacity reduced by what services already reserve on it. */
    public Topology withAvailableCapacity(Topology topology) {
        Map<String, Long> inUse = linkKbpsInUse();
        return topology.withLink(topology.link().stream().map(link -> available(link, inUse)).toList());
    }

    private static Link available(Link link, Map<String, Long> inUse) {
        Capacity total = capacity(link);
        if (total == null) {
            return link;
        }
        long left = Math.max(0, total.toKbps() - inUse.getOrDefault(link.uuid(), 0L));
        return link.withAvailableCapacity(new Capacity(null, new CapacityValue(left, CapacityUnit.KBPS)));
    }

    /** What a link can carry in all, if known. */
    static Capacity capacity(Link link) {
        return link.availableCapacity() != null ? link.availableCapacity() : link.totalPotentialCapacity();
    }
}
