package org.presto.core.internal.planning;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.pce.SpectrumGrid;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.store.ServiceRecord;

/**
 * What one service holds of the network, read from its record alone (so that it stays true whatever the topology
 * does): VLANs per port, its bandwidth on each port its Ethernet changes use and at each of its SIPs, and the
 * spectrum slots of its media channels per port. While an update is under way the service holds both what it had
 * and what it is getting.
 *
 * @param vlans VLANs as {@code port#vlan}
 * @param ports the ports of its Ethernet changes, which carry its bandwidth
 * @param kbps  its bandwidth in kbit/s (0: none asked)
 * @param sips  the uuids of its end points' SIPs
 * @param slots the 12.5 GHz slots its media channels take, per port
 */
public record ServiceResources(String uuid, Set<String> vlans, Set<String> ports, long kbps, Set<String> sips,
                               Map<String, BitSet> slots) {

    public static ServiceResources of(ServiceRecord record) {
        Set<String> vlans = new HashSet<>();
        Set<String> ports = new HashSet<>();
        Map<String, BitSet> slots = new HashMap<>();
        // plain loops: every save of a service comes through here
        for (List<DeviceChange> changes : List.of(record.changes(), record.prior())) {
            for (DeviceChange change : changes) {
                if (change instanceof MediaChannelEntry channel) {
                    take(slots, channel);
                    continue;
                }
                if (change instanceof ForwardingEntry entry) {
                    vlans.add(vlanKey(entry.portA(), entry.vlanA()));
                    vlans.add(vlanKey(entry.portB(), entry.vlanB()));
                } else if (change instanceof BridgeEntry bridge) {
                    for (BridgeEntry.Member m : bridge.members()) {
                        vlans.add(vlanKey(m.port(), m.vlan()));
                        if (m.leafVlan() != 0) {
                            vlans.add(vlanKey(m.port(), m.leafVlan()));
                        }
                    }
                }
                ports.addAll(change.ports());
            }
        }
        Set<String> sips = new HashSet<>();
        for (ConnectivityServiceEndPoint ep : record.service().endPoint()) {
            if (ep.sipId() != null) {
                sips.add(ep.sipId());
            }
        }
        long kbps = record.service().requestedCapacity() == null ? 0 : record.service().requestedCapacity().toKbps();
        return new ServiceResources(record.uuid(), vlans, ports, kbps, sips, slots);
    }

    private static void take(Map<String, BitSet> slots, MediaChannelEntry channel) {
        int first = (int) ((channel.lowerFrequencyMhz() - SpectrumGrid.LOWEST_MHZ) / SpectrumGrid.SLOT_MHZ);
        int end = (int) ((channel.upperFrequencyMhz() - SpectrumGrid.LOWEST_MHZ + SpectrumGrid.SLOT_MHZ - 1)
                / SpectrumGrid.SLOT_MHZ);
        for (String port : List.of(channel.portA(), channel.portB())) {
            slots.computeIfAbsent(port, k -> new BitSet(SpectrumGrid.SLOTS)).set(Math.max(0, first),
                    Math.min(SpectrumGrid.SLOTS, end));
        }
    }

    static String vlanKey(String port, int vlan) {
        return port + "#" + vlan;
    }
}
