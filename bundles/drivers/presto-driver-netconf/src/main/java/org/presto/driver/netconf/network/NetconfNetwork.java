package org.presto.driver.netconf.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.driver.netconf.device.NetconfDevice.Change;
import org.presto.driver.netconf.device.NetconfDevice;
import org.presto.driver.netconf.device.SwitchConfig.Bridge;
import org.presto.driver.netconf.device.SwitchConfig.CrossConnect;
import org.presto.driver.netconf.device.SwitchConfig.Member;
import org.presto.driver.netconf.device.SwitchConfig;
import org.presto.driver.netconf.device.SwitchEdits;
import org.presto.spi.BridgeEntry;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;
import org.presto.spi.support.StableUuids;
import org.presto.spi.support.SwitchDriver;
import org.presto.spi.support.SwitchNetwork;

/**
 * The NETCONF driver's work: a network of {@code presto-vlan-switch} devices. Presto's entries become cross-connects
 * and bridges named after their content, so a change is found again by name: installing what a switch holds already
 * changes nothing, and the undo record of a new one is the edit that removes it. Uuids come from the device and port
 * names, so they stay as long as the configuration names the devices the same.
 */
public final class NetconfNetwork extends SwitchDriver {
    static final Set<Capability> CAPABILITIES = Set.of(Capability.VLAN_CROSS_CONNECTS, Capability.BRIDGING,
            Capability.ROOTED_BRIDGING,
            Capability.INGRESS_POLICING, Capability.TWO_RATE_POLICING, Capability.EGRESS_POLICING,
            Capability.MAX_FRAME_SIZE, Capability.PCP_CLASSES,
            Capability.SOURCE_MAC_LIMIT);
    private final DriverInfo info;
    private final Map<String, NetconfDevice> devicesByNode = new LinkedHashMap<>();
    private final StableUuids uuids;

    /** @param devices the switches, each with a name unique among them */
    public NetconfNetwork(DriverInfo info, List<NetconfDevice> devices) {
        this.info = info;
        this.uuids = new StableUuids("presto-netconf", info.id());
        for (NetconfDevice device : devices) {
            if (devicesByNode.put(uuids.node(device.name()), device) != null) {
                throw new IllegalArgumentException("two devices are named " + device.name());
            }
        }
    }

    @Override
    public DriverInfo info() {
        return info;
    }

    /** What the presto-vlan-switch model can say: no colour-aware or coupled profiles. */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** Ends the devices' sessions; their configuration stays. */
    public void close() {
        devicesByNode.values().forEach(NetconfDevice::close);
    }

    @Override
    public List<DeviceStatus> devices() {
        return devicesByNode.values().stream().map(NetconfDevice::status).toList();
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        Map<String, SwitchConfig> switches = new LinkedHashMap<>();
        for (NetconfDevice device : devicesByNode.values()) {
            switches.put(device.name(), device.read());
        }
        // neighbours name a switch by its system name, which defaults to the device's name
        Map<String, String> deviceBySystemName = new LinkedHashMap<>();
        switches.forEach((device, config) -> deviceBySystemName.put(
                config.systemName().isEmpty() ? device : config.systemName(), device));
        SwitchNetwork network = new SwitchNetwork(uuids);
        switches.forEach((device, config) -> {
            network.addSwitch(device);
            for (SwitchConfig.Port port : config.ports()) {
                if (port.usage() == SwitchConfig.Usage.CUSTOMER) {
                    network.addCustomerPort(device, port.name(), port.speedMbps());
                } else {
                    network.addNetworkPort(device, port.name(), port.speedMbps(),
                            deviceBySystemName.get(port.neighbourSystem()), port.neighbourPort());
                }
            }
        });
        return network.build();
    }

    /** The switch's cross-connects and bridges, from one read of its configuration. */
    @Override
    public List<DeviceChange> configuration(String nodeId) throws DriverException {
        NetconfDevice device = device(nodeId);
        SwitchConfig config = device.read();
        List<DeviceChange> changes = new ArrayList<>(entries(device, config, nodeId));
        changes.addAll(bridges(device, config, nodeId));
        return changes;
    }

    // forwarding entries

    @Override
    protected UndoRecord installCrossConnect(ForwardingEntry entry) throws DriverException {
        NetconfDevice device = device(entry.nodeId());
        return device.change(config -> {
            Ports ports = new Ports(device, config);
            CrossConnect xc = crossConnect(entry, ports.name(entry.portA()), ports.name(entry.portB()));
            if (xc.portA().equals(xc.portB())) {
                throw new DriverException("device " + device.name() + ": both ends of the cross-connect are port "
                        + xc.portA() + "; they must be two different ports");
            }
            if (config.crossConnect(xc.name()).isPresent()) {
                return new Change<>(null, UndoRecord.nothing(entry.nodeId(), info.id()));
            }
            requireUnused(device, config, entry.serviceId(), xc.portA(), xc.vlanA());
            requireUnused(device, config, entry.serviceId(), xc.portB(), xc.vlanB());
            return new Change<>(SwitchEdits.create(xc), undo(entry.nodeId(), SwitchEdits.removeCrossConnect(
                    xc.name())));
        });
    }

    @Override
    protected void removeCrossConnect(ForwardingEntry entry) throws DriverException {
        NetconfDevice device = device(entry.nodeId());
        device.change(config -> {
            Ports ports = new Ports(device, config);
            Optional<String> a = ports.find(entry.portA());
            Optional<String> b = ports.find(entry.portB());
            // an entry on a port the switch does not have cannot be there
            String name = a.isPresent() && b.isPresent() ? crossConnect(entry, a.get(), b.get()).name() : null;
            boolean present = name != null && config.crossConnect(name).isPresent();
            return new Change<Void>(present ? SwitchEdits.removeCrossConnect(name) : null, null);
        });
    }

    private List<ForwardingEntry> entries(NetconfDevice device, SwitchConfig config, String nodeId)
            throws DriverException {
        List<ForwardingEntry> entries = new ArrayList<>();
        for (CrossConnect xc : config.crossConnects()) {
            String a = port(device, xc.portA());
            String b = port(device, xc.portB());
            Map<String, UniPolicy> policies = new java.util.HashMap<>();
            policies.put(a, xc.policyA());
            policies.merge(b, xc.policyB(), (first, second) -> first);
            entries.add(new ForwardingEntry(xc.service(), nodeId, a, xc.vlanA(), b, xc.vlanB(), policies));
        }
        return entries;
    }

    /** Named by its content, policies included (as a digest), so a new policy is a new cross-connect. */
    private static CrossConnect crossConnect(ForwardingEntry entry, String portA, String portB) {
        UniPolicy a = entry.policyAt(entry.portA());
        UniPolicy b = entry.policyAt(entry.portB());
        String name = entry.serviceId() + ":" + portA + "." + entry.vlanA() + ":" + portB + "." + entry.vlanB()
                + (a.isNone() && b.isNone() ? "" : "@" + digest(a + ";" + b));
        return new CrossConnect(name, entry.serviceId(), portA, entry.vlanA(), a, portB, entry.vlanB(), b);
    }

    // bridges

    @Override
    protected UndoRecord installBridge(BridgeEntry entry) throws DriverException {
        NetconfDevice device = device(entry.nodeId());
        return device.change(config -> {
            Ports ports = new Ports(device, config);
            List<Member> members = new ArrayList<>();
            for (BridgeEntry.Member member : entry.members()) {
                members.add(new Member(ports.name(member.port()), member.vlan(), member.role(), member.leafVlan(),
                        entry.policyAt(member.port())));
            }
            Bridge bridge = new Bridge(bridgeName(entry.serviceId(), members), entry.serviceId(), members);
            if (config.bridge(bridge.name()).isPresent()) {
                return new Change<>(null, UndoRecord.nothing(entry.nodeId(), info.id()));
            }
            for (Member member : members) {
                requireUnused(device, config, entry.serviceId(), member.port(), member.vlan());
                if (member.leafVlan() != 0) {
                    requireUnused(device, config, entry.serviceId(), member.port(), member.leafVlan());
                }
            }
            return new Change<>(SwitchEdits.create(bridge), undo(entry.nodeId(), SwitchEdits.removeBridge(
                    bridge.name())));
        });
    }

    @Override
    protected void removeBridge(BridgeEntry entry) throws DriverException {
        NetconfDevice device = device(entry.nodeId());
        device.change(config -> {
            Ports ports = new Ports(device, config);
            List<Member> members = new ArrayList<>();
            for (BridgeEntry.Member member : entry.members()) {
                Optional<String> port = ports.find(member.port());
                if (port.isEmpty()) {
                    return new Change<Void>(null, null);
                }
                members.add(new Member(port.get(), member.vlan(), member.role(), member.leafVlan(),
                        entry.policyAt(member.port())));
            }
            String name = bridgeName(entry.serviceId(), members);
            return new Change<Void>(config.bridge(name).isPresent() ? SwitchEdits.removeBridge(name) : null, null);
        });
    }

    private List<BridgeEntry> bridges(NetconfDevice device, SwitchConfig config, String nodeId)
            throws DriverException {
        List<BridgeEntry> bridges = new ArrayList<>();
        for (Bridge bridge : config.bridges()) {
            List<BridgeEntry.Member> members = new ArrayList<>();
            Map<String, UniPolicy> policies = new java.util.HashMap<>();
            for (Member member : bridge.members()) {
                String port = port(device, member.port());
                members.add(new BridgeEntry.Member(port, member.vlan(), member.role(), member.leafVlan()));
                policies.put(port, member.policy());
            }
            bridges.add(new BridgeEntry(bridge.service(), nodeId, members, policies));
        }
        return bridges;
    }

    /**
     * A bridge is named by its service and a digest of its members and their policies, ordered by port: two bridges
     * of one service (while its members change) get two names, the same bridge always the same one.
     */
    private static String bridgeName(String service, List<Member> members) {
        StringBuilder content = new StringBuilder();
        members.stream().sorted(java.util.Comparator.comparing(Member::port)).forEach(member -> content
                .append(member.port()).append('.').append(member.vlan()).append('.').append(member.role())
                .append('.').append(member.leafVlan()).append('.').append(member.policy()).append(';'));
        return service + "#" + digest(content.toString());
    }

    /** The first 6 bytes of the content's SHA-256, in hex. */
    private static String digest(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // undo

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        if (!undo.isFor(info.id())) {
            return;
        }
        NetconfDevice device = device(undo.nodeId());
        String edit;
        try {
            edit = SwitchEdits.checkedEdit(undo.data());
        } catch (IOException e) {
            throw new DriverException("device " + device.name() + ": the undo record is not one this driver made: "
                    + e.getMessage(), e);
        }
        device.change(config -> new Change<Void>(edit, null));
    }

    private UndoRecord undo(String nodeId, String edit) {
        return new UndoRecord(nodeId, info.id(), edit);
    }

    // helpers

    private NetconfDevice device(String nodeId) throws DriverException {
        NetconfDevice device = devicesByNode.get(nodeId);
        if (device == null) {
            throw new DriverException("unknown node " + nodeId + ": driver " + info.id() + " has no such device");
        }
        return device;
    }

    private String port(NetconfDevice device, String portName) {
        return uuids.nodeEdgePoint(device.name(), portName);
    }

    private static void requireUnused(NetconfDevice device, SwitchConfig config, String service, String port,
            int vlan) throws DriverException {
        Optional<String> user = config.otherUser(port, vlan, service);
        if (user.isPresent()) {
            throw new DriverException("device " + device.name() + ": port " + port + " VLAN " + vlan
                    + " is already used by service " + user.get());
        }
    }

    /** The switch's ports by edge point uuid, as its configuration has them now. */
    private final class Ports {
        private final NetconfDevice device;
        private final Map<String, String> namesByUuid = new LinkedHashMap<>();

        Ports(NetconfDevice device, SwitchConfig config) {
            this.device = device;
            config.ports().forEach(port -> namesByUuid.put(port(device, port.name()), port.name()));
        }

        Optional<String> find(String uuid) {
            return Optional.ofNullable(namesByUuid.get(uuid));
        }

        String name(String uuid) throws DriverException {
            String name = namesByUuid.get(uuid);
            if (name == null) {
                throw new DriverException("device " + device.name() + " has no port " + uuid);
            }
            return name;
        }
    }
}
