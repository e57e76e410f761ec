package org.presto.core.internal.planning;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.Capacity;
import org.presto.model.CapacityUnit;
import org.presto.model.CapacityValue;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Link;
import org.presto.model.Topology;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.store.ServiceRecord;

/**
 * What existing services already use, derived from the stored services: VLANs per port, bandwidth per link and
 * per SIP, and spectrum per photonic link. Built under the provisioning lock, so what it says stays true until the new
 * service is stored.
 */
public final class ResourceLedger {
    private final Map<String, String> vlanUser = new HashMap<>();
    private final Map<String, Long> linkKbps = new HashMap<>();
    private final Map<String, Long> sipKbps = new HashMap<>();
    private final Map<String, BitSet> linkSlots = new HashMap<>();
    private final Map<String, BitSet> portSlots = new HashMap<>();

    public ResourceLedger(Collection<ServiceRecord> services, Inventory network) {
        // plain loops: a create builds this from every service under the provisioning lock, so it is hot
        Set<String> links = new HashSet<>();
        for (ServiceRecord record : services) {
            long kbps = record.service().requestedCapacity() == null ? 0
                    : record.service().requestedCapacity().toKbps();
            links.clear();
            for (DeviceChange change : record.changes()) {
                if (change instanceof ForwardingEntry entry) {
                    vlanUser.put(key(entry.portA(), entry.vlanA()), record.uuid());
                    vlanUser.put(key(entry.portB(), entry.vlanB()), record.uuid());
                } else if (change instanceof BridgeEntry bridge) {
                    for (BridgeEntry.Member m : bridge.members()) {
                        vlanUser.put(key(m.port(), m.vlan()), record.uuid());
                        if (m.leafVlan() != 0) {
                            vlanUser.put(key(m.port(), m.leafVlan()), record.uuid());
                        }
                    }
                } else if (change instanceof MediaChannelEntry channel) {
                    reserveSpectrum(channel, network);
                    continue;
                }
                for (String port : change.ports()) {
                    Optional<Link> link = network.linkAt(port);
                    if (link.isPresent()) {
                        links.add(link.get().uuid());
                    }
                }
            }
            for (String link : links) {
                linkKbps.merge(link, kbps, Long::sum);
            }
            for (ConnectivityServiceEndPoint ep : record.service().endPoint()) {
                sipKbps.merge(ep.sipId(), kbps, Long::sum);
            }
        }
    }

    private void reserveSpectrum(MediaChannelEntry channel, Inventory network) {
        int first = (int) ((channel.lowerFrequencyMhz() - SpectrumGrid.LOWEST_MHZ) / SpectrumGrid.SLOT_MHZ);
        int end = (int) ((channel.upperFrequencyMhz() - SpectrumGrid.LOWEST_MHZ + SpectrumGrid.SLOT_MHZ - 1)
                / SpectrumGrid.SLOT_MHZ);
        for (String port : List.of(channel.portA(), channel.portB())) {
            portSlots.computeIfAbsent(port, k -> new BitSet(SpectrumGrid.SLOTS)).set(Math.max(0, first),
                    Math.min(SpectrumGrid.SLOTS, end));
            network.linkAt(port).ifPresent(link -> linkSlots.computeIfAbsent(link.uuid(),
                    k -> new BitSet(SpectrumGrid.SLOTS)).set(Math.max(0, first),
                    Math.min(SpectrumGrid.SLOTS, end)));
        }
    }

    /** The slots the services' media channels take on either of two ports (a photonic service's end points). */
    public BitSet slotsAt(String portA, String portB) {
        BitSet taken = new BitSet(SpectrumGrid.SLOTS);
        for (String port : List.of(portA, portB)) {
            BitSet slots = portSlots.get(port);
            if (slots != null) {
                taken.or(slots);
            }
        }
        return taken;
    }

    /** The 12.5 GHz slots the services' media channels take on each link. */
    public SpectrumMap spectrum() {
        return SpectrumMap.of(linkSlots);
    }

    private static String key(String port, int vlan) {
        return port + "#" + vlan;
    }

    /** The service using a VLAN on a port, if any. */
    public Optional<String> vlanUser(String port, int vlan) {
        return Optional.ofNullable(vlanUser.get(key(port, vlan)));
    }

    /** The lowest VLAN in [from, to] free on every given port, if any. */
    Optional<Integer> lowestFreeVlan(List<String> ports, int from, int to) {
        for (int vlan = from; vlan <= to; vlan++) {
            final int candidate = vlan;
            if (ports.stream().noneMatch(port -> vlanUser.containsKey(key(port, candidate)))) {
                return Optional.of(vlan);
            }
        }
        return Optional.empty();
    }

    public long sipKbpsInUse(String sipId) {
        return sipKbps.getOrDefault(sipId, 0L);
    }

    /** Bandwidth in kbit/s the services reserve per link uuid. */
    public Map<String, Long> linkKbpsInUse() {
        return Map.copyOf(linkKbps);
    }

    /** The topology with each link's available capacity reduced by what services already reserve on it. */
    public Topology withAvailableCapacity(Topology topology) {
        return topology.withLink(topology.link().stream().map(this::available).toList());
    }

    private Link available(Link link) {
        Capacity total = link.availableCapacity() != null ? link.availableCapacity() : link.totalPotentialCapacity();
        if (total == null) {
            return link;
        }
        long left = Math.max(0, total.toKbps() - linkKbps.getOrDefault(link.uuid(), 0L));
        return link.withAvailableCapacity(new Capacity(null, new CapacityValue(left, CapacityUnit.KBPS)));
    }
}
