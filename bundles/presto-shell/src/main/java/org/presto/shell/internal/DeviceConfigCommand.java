package org.presto.shell.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.core.PrestoException;
import org.presto.model.Node;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;

@Command(scope = "presto", name = "device-config", description = "Shows the VLAN forwarding entries and bridges, "
        + "and on a photonic node the media channels, configured on a node, read back from the device through its "
        + "driver")
@Service
public class DeviceConfigCommand implements Action {
    @Reference
    NetworkInventory inventory;

    @Argument(index = 0, name = "node", description = "uuid or name of the node", required = true)
    String node;

    @Override
    public Object execute() {
        Node found = inventory.node(node).orElseThrow(
                () -> new IllegalArgumentException("No node with uuid or name '" + node + "'"));
        List<DeviceChange> configured;
        try {
            configured = inventory.deviceConfiguration(found.uuid());
        } catch (PrestoException e) {
            // the message says what went wrong; the exception type is ours, not the operator's concern
            throw new IllegalStateException(e.getMessage(), e);
        }
        // one table per kind, each with the columns that kind has
        List<ForwardingEntry> entries = DeviceChange.ofKind(configured, ForwardingEntry.class);
        List<MediaChannelEntry> channels = DeviceChange.ofKind(configured, MediaChannelEntry.class);
        List<BridgeEntry> bridges = DeviceChange.ofKind(configured, BridgeEntry.class);
        Map<String, String> portNames = new HashMap<>();
        found.ownedNodeEdgePoint().forEach(nep -> portNames.put(nep.uuid(), Names.of(nep.name(), nep.uuid())));
        System.out.println("Node " + Names.of(found.name(), found.uuid()) + " (" + found.uuid() + "): "
                + entries.size() + " forwarding entries");
        TextTable table = new TextTable("SERVICE", "PORT-A", "VLAN-A", "PORT-B", "VLAN-B", "POLICIES");
        for (ForwardingEntry entry : entries) {
            table.row(entry.serviceId(), portNames.getOrDefault(entry.portA(), entry.portA()), entry.vlanA(),
                    portNames.getOrDefault(entry.portB(), entry.portB()), entry.vlanB(),
                    PolicyText.of(entry.policies(), portNames));
        }
        table.print(System.out);
        if (!bridges.isEmpty()) {
            System.out.println(bridges.size() + " bridges");
            TextTable bridging = new TextTable("SERVICE", "MEMBERS (PORT:VLAN[/LEAF-VLAN] ROLE)", "POLICIES");
            for (BridgeEntry bridge : bridges) {
                bridging.row(bridge.serviceId(), bridge.members().stream()
                        .map(m -> portNames.getOrDefault(m.port(), m.port()) + ":" + m.vlan() + switch (m.role()) {
                            case ROOT -> "";
                            case LEAF -> " leaf";
                            case TRUNK -> "/" + m.leafVlan() + " trunk";
                        })
                        .collect(java.util.stream.Collectors.joining(" ")), PolicyText.of(bridge.policies(),
                                portNames));
            }
            bridging.print(System.out);
        }
        if (!channels.isEmpty()) {
            System.out.println(channels.size() + " media channels");
            TextTable media = new TextTable("SERVICE", "PORT-A", "PORT-B", "FROM-MHZ", "TO-MHZ");
            for (MediaChannelEntry channel : channels) {
                media.row(channel.serviceId(), portNames.getOrDefault(channel.portA(), channel.portA()),
                        portNames.getOrDefault(channel.portB(), channel.portB()), channel.lowerFrequencyMhz(),
                        channel.upperFrequencyMhz());
            }
            media.print(System.out);
        }
        return null;
    }
}
