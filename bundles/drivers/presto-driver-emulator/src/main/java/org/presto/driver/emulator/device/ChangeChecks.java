package org.presto.driver.emulator.device;

import static org.presto.driver.emulator.device.ForwardingTable.HIGHEST_MHZ;
import static org.presto.driver.emulator.device.ForwardingTable.LOWEST_MHZ;
import static org.presto.driver.emulator.device.ForwardingTable.MAX_VLAN;
import static org.presto.driver.emulator.device.ForwardingTable.MIN_VLAN;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;

/**
 * What the emulated devices refuse, as real ones would: a change on a node or port they do not have, of a kind the node
 * does not switch, with a VLAN out of range or used by another service, or a media channel outside the C band or
 * overlapping another on a port. Run under the table's lock.
 */
final class ChangeChecks {
    private final PortInventory inventory;
    private final VlanUsers vlans;
    private final Function<String, NavigableSet<MediaChannelEntry>> channelsOf;

    ChangeChecks(PortInventory inventory, VlanUsers vlans,
                 Function<String, NavigableSet<MediaChannelEntry>> channelsOf) {
        this.inventory = inventory;
        this.vlans = vlans;
        this.channelsOf = channelsOf;
    }

    void check(ForwardingEntry entry) throws DriverException {
        requireNode(entry.nodeId());
        String node = nodeLabel(entry);
        if (entry.serviceId().isBlank()) {
            throw new DriverException(node + "an entry needs a service id");
        }
        requirePort(entry, entry.portA());
        requirePort(entry, entry.portB());
        if (entry.portA().equals(entry.portB())) {
            throw new DriverException(node + "both ends of the cross-connect are port "
                    + inventory.portName(entry.nodeId(), entry.portA()) + "; they must be two different ports");
        }
        requireVlan(entry, entry.portA(), entry.vlanA());
        requireVlan(entry, entry.portB(), entry.vlanB());
        requireUnused(entry.nodeId(), entry.serviceId(), entry.portA(), entry.vlanA());
        requireUnused(entry.nodeId(), entry.serviceId(), entry.portB(), entry.vlanB());
    }

    void check(BridgeEntry bridge) throws DriverException {
        requireNode(bridge.nodeId());
        String node = nodeLabel(bridge.nodeId());
        if (!inventory.isEthernet(bridge.nodeId())) {
            throw new DriverException(node + "is not an Ethernet node and bridges no VLANs");
        }
        if (bridge.serviceId().isBlank()) {
            throw new DriverException(node + "a bridge needs a service id");
        }
        for (BridgeEntry.Member member : bridge.members()) {
            if (!inventory.hasPort(bridge.nodeId(), member.port())) {
                throw new DriverException(node + "has no port " + member.port());
            }
            for (int vlan : member.role() == BridgeEntry.Role.TRUNK ? new int[] {member.vlan(), member.leafVlan()}
                    : new int[] {member.vlan()}) {
                if (vlan < MIN_VLAN || vlan > MAX_VLAN) {
                    throw new DriverException(node + "VLAN " + vlan + " on port "
                            + inventory.portName(bridge.nodeId(), member.port()) + " is not between " + MIN_VLAN
                            + " and " + MAX_VLAN);
                }
                requireUnused(bridge.nodeId(), bridge.serviceId(), member.port(), vlan);
            }
        }
    }

    void check(MediaChannelEntry channel) throws DriverException {
        requireNode(channel.nodeId());
        String node = nodeLabel(channel.nodeId());
        if (!inventory.isPhotonic(channel.nodeId())) {
            throw new DriverException(node + "is not a photonic node and switches no spectrum");
        }
        if (channel.serviceId().isBlank()) {
            throw new DriverException(node + "a media channel needs a service id");
        }
        for (String port : List.of(channel.portA(), channel.portB())) {
            if (!inventory.hasPort(channel.nodeId(), port)) {
                throw new DriverException(node + "has no port " + port);
            }
        }
        if (channel.portA().equals(channel.portB())) {
            throw new DriverException(node + "both ends of the media channel are port "
                    + inventory.portName(channel.nodeId(), channel.portA()) + "; they must be two different ports");
        }
        if (channel.lowerFrequencyMhz() < LOWEST_MHZ || channel.upperFrequencyMhz() > HIGHEST_MHZ) {
            throw new DriverException(node + "the media channel " + channel.lowerFrequencyMhz() + " to "
                    + channel.upperFrequencyMhz() + " MHz is not within the C band, " + LOWEST_MHZ + " to "
                    + HIGHEST_MHZ + " MHz");
        }
        for (MediaChannelEntry other : channelsOf.apply(channel.nodeId())) {
            boolean sharesPort = other.portA().equals(channel.portA()) || other.portA().equals(channel.portB())
                    || other.portB().equals(channel.portA()) || other.portB().equals(channel.portB());
            if (!other.serviceId().equals(channel.serviceId()) && sharesPort && other.overlaps(channel)) {
                throw new DriverException(node + "the spectrum " + channel.lowerFrequencyMhz() + " to "
                        + channel.upperFrequencyMhz() + " MHz overlaps the media channel of service "
                        + other.serviceId() + " (" + other.lowerFrequencyMhz() + " to " + other.upperFrequencyMhz()
                        + " MHz) on a shared port");
            }
        }
    }

    void requireNode(String nodeId) throws DriverException {
        if (!inventory.hasNode(nodeId)) {
            throw new DriverException("unknown node " + nodeId + ": this EMS manages no such node");
        }
    }

    void requirePort(ForwardingEntry entry, String port) throws DriverException {
        if (!inventory.hasPort(entry.nodeId(), port)) {
            throw new DriverException(nodeLabel(entry) + "has no port " + port);
        }
    }

    void requireVlan(ForwardingEntry entry, String port, int vlan) throws DriverException {
        if (vlan < MIN_VLAN || vlan > MAX_VLAN) {
            throw new DriverException(nodeLabel(entry) + "VLAN " + vlan + " on port "
                    + inventory.portName(entry.nodeId(), port) + " is not between " + MIN_VLAN + " and " + MAX_VLAN);
        }
    }

    /** A port and VLAN may serve one service only, whether in a cross-connect or a bridge. */
    void requireUnused(String nodeId, String serviceId, String port, int vlan) throws DriverException {
        Optional<String> user = vlans.otherUser(nodeId, port, vlan, serviceId);
        if (user.isPresent()) {
            throw new DriverException(nodeLabel(nodeId) + "port " + inventory.portName(nodeId, port) + " VLAN "
                    + vlan + " is already used by service " + user.get());
        }
    }

    private String nodeLabel(ForwardingEntry entry) {
        return nodeLabel(entry.nodeId());
    }

    private String nodeLabel(String nodeId) {
        return "node " + inventory.nodeName(nodeId) + ": ";
    }
}
