package org.presto.driver.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.presto.driver.linux.switching.Entry;
import org.presto.driver.linux.switching.LinuxSwitch.Change;
import org.presto.driver.linux.switching.LinuxSwitch;
import org.presto.driver.linux.switching.Member;
import org.presto.driver.linux.switching.Port;
import org.presto.driver.linux.switching.SwitchTables;
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
 * The Linux driver's work: switches made of network namespaces, each a Linux bridge whose forwarding nftables
 * decides per service (see {@code Forwarding}). Discovery takes the switches over: from then on only services'
 * frames cross them. An entry is found again by its content, so installing what a switch
 * holds changes nothing; the undo record of a new entry names that content, and undoing removes it.
 */
public final class LinuxNetwork extends SwitchDriver {
    private static final Pattern SAFE_SERVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Bridges of both kinds, and nftables' token buckets: two-rate, colour-blind, uncoupled; frame size limits. */
    static final Set<Capability> CAPABILITIES = Set.of(Capability.VLAN_CROSS_CONNECTS, Capability.BRIDGING,
            Capability.ROOTED_BRIDGING,
            Capability.INGRESS_POLICING, Capability.TWO_RATE_POLICING, Capability.EGRESS_POLICING,
            Capability.MAX_FRAME_SIZE, Capability.PCP_CLASSES,
            Capability.SOURCE_MAC_LIMIT, Capability.EGRESS_MARKING);
    private final DriverInfo info;
    private final StableUuids uuids;
    private final Map<String, LinuxSwitch> switchesByNode = new LinkedHashMap<>();

    public LinuxNetwork(DriverInfo info, List<LinuxSwitch> switches) {
        this.info = info;
        this.uuids = new StableUuids("presto-linux", info.id());
        for (LinuxSwitch sw : switches) {
            if (switchesByNode.put(uuids.node(sw.name()), sw) != null) {
                throw new IllegalArgumentException("switch " + sw.name() + " is listed twice");
            }
        }
    }

    @Override
    public DriverInfo info() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** An entry's policies by port uuid. */
    private Map<String, UniPolicy> byUuid(LinuxSwitch sw, Entry entry) {
        Map<String, UniPolicy> policies = new LinkedHashMap<>();
        entry.policies().forEach((port, policy) -> policies.put(uuids.nodeEdgePoint(sw.name(), port), policy));
        return policies;
    }

    @Override
    public List<DeviceStatus> devices() {
        return switchesByNode.values().stream().map(LinuxSwitch::status).toList();
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        SwitchNetwork network = new SwitchNetwork(uuids);
        for (LinuxSwitch sw : switchesByNode.values()) {
            network.addSwitch(sw.name());
            for (Port port : sw.takeOver()) {
                if (port.customer()) {
                    network.addCustomerPort(sw.name(), port.name(), port.speedMbps());
                } else {
                    network.addNetworkPort(sw.name(), port.name(), port.speedMbps(), port.farSwitch(),
                            port.farPort());
                }
            }
        }
        return network.build();
    }

    /** The switch's cross-connects and bridges, from one read of its tables. */
    @Override
    public List<DeviceChange> configuration(String nodeId) throws DriverException {
        LinuxSwitch sw = switchOf(nodeId);
        return sw.read((ports, tables) -> {
            List<DeviceChange> changes = new ArrayList<>(entries(sw, nodeId, ports, tables));
            changes.addAll(bridges(sw, nodeId, ports, tables));
            return Change.none(changes);
        });
    }

    // cross-connects

    @Override
    protected UndoRecord installCrossConnect(ForwardingEntry entry) throws DriverException {
        LinuxSwitch sw = switchOf(entry.nodeId());
        return sw.change((ports, tables) -> {
            PortNames names = new PortNames(sw, ports);
            String a = names.require(entry.portA());
            String b = names.require(entry.portB());
            if (a.equals(b)) {
                throw new DriverException("switch " + sw.name() + ": both ends of the cross-connect are port " + a
                        + "; they must be two different ports");
            }
            return add(sw, entry.nodeId(), tables, new Entry(0, Entry.Kind.CROSS_CONNECT, entry.serviceId(),
                    List.of(new Member(a, vlan(sw, entry.vlanA()), Member.Role.END_A),
                            new Member(b, vlan(sw, entry.vlanB()), Member.Role.END_B)), names.of(entry.policies())));
        });
    }

    @Override
    protected void removeCrossConnect(ForwardingEntry entry) throws DriverException {
        LinuxSwitch sw = switchOf(entry.nodeId());
        sw.change((ports, tables) -> {
            PortNames names = new PortNames(sw, ports);
            Optional<String> a = names.find(entry.portA());
            Optional<String> b = names.find(entry.portB());
            if (a.isEmpty() || b.isEmpty()) {
                return Change.none(null);
            }
            return removal(tables, new Entry(0, Entry.Kind.CROSS_CONNECT, entry.serviceId(), List.of(
                    new Member(a.get(), entry.vlanA(), Member.Role.END_A),
                    new Member(b.get(), entry.vlanB(), Member.Role.END_B)), names.of(entry.policies())));
        });
    }

    private List<ForwardingEntry> entries(LinuxSwitch sw, String nodeId, List<Port> ports, SwitchTables tables) {
        List<ForwardingEntry> entries = new ArrayList<>();
        for (Entry entry : working(tables, ports, Entry.Kind.CROSS_CONNECT)) {
            Member a = entry.members().stream().filter(m -> m.role() == Member.Role.END_A).findFirst().orElseThrow();
            Member b = entry.members().stream().filter(m -> m.role() == Member.Role.END_B).findFirst().orElseThrow();
            entries.add(new ForwardingEntry(entry.service(), nodeId, uuids.nodeEdgePoint(sw.name(), a.port()),
                    a.vlan(), uuids.nodeEdgePoint(sw.name(), b.port()), b.vlan(), byUuid(sw, entry)));
        }
        return entries;
    }

    // bridges

    @Override
    protected UndoRecord installBridge(BridgeEntry bridge) throws DriverException {
        LinuxSwitch sw = switchOf(bridge.nodeId());
        return sw.change((ports, tables) -> add(sw, bridge.nodeId(), tables,
                bridgeEntry(sw, bridge, new PortNames(sw, ports))));
    }

    @Override
    protected void removeBridge(BridgeEntry bridge) throws DriverException {
        LinuxSwitch sw = switchOf(bridge.nodeId());
        sw.change((ports, tables) -> {
            PortNames names = new PortNames(sw, ports);
            if (bridge.members().stream().anyMatch(member -> names.find(member.port()).isEmpty())) {
                return Change.none(null);
            }
            return removal(tables, bridgeEntry(sw, bridge, names));
        });
    }

    private List<BridgeEntry> bridges(LinuxSwitch sw, String nodeId, List<Port> ports, SwitchTables tables) {
        List<BridgeEntry> bridges = new ArrayList<>();
        for (Entry entry : working(tables, ports, Entry.Kind.BRIDGE)) {
            List<BridgeEntry.Member> members = new ArrayList<>();
            for (Member member : entry.members()) {
                String port = uuids.nodeEdgePoint(sw.name(), member.port());
                switch (member.role()) {
                    case ROOT -> members.add(new BridgeEntry.Member(port, member.vlan()));
                    case LEAF -> members.add(new BridgeEntry.Member(port, member.vlan(), BridgeEntry.Role.LEAF, 0));
                    case TRUNK_ROOT -> members.add(new BridgeEntry.Member(port, member.vlan(),
                            BridgeEntry.Role.TRUNK, leafVlan(entry, member.port())));
                    default -> {
                        // a trunk's leaf VLAN is part of its TRUNK_ROOT member
                    }
                }
            }
            bridges.add(new BridgeEntry(entry.service(), nodeId, members, byUuid(sw, entry)));
        }
        return bridges;
    }

    private static int leafVlan(Entry entry, String port) {
        return entry.members().stream().filter(m -> m.port().equals(port) && m.role() == Member.Role.TRUNK_LEAF)
                .mapToInt(Member::vlan).findFirst().orElse(0);
    }

    private Entry bridgeEntry(LinuxSwitch sw, BridgeEntry bridge, PortNames names) throws DriverException {
        List<Member> members = new ArrayList<>();
        for (BridgeEntry.Member member : bridge.members()) {
            String port = names.require(member.port());
            switch (member.role()) {
                case ROOT -> members.add(new Member(port, vlan(sw, member.vlan()), Member.Role.ROOT));
                case LEAF -> members.add(new Member(port, vlan(sw, member.vlan()), Member.Role.LEAF));
                case TRUNK -> {
                    members.add(new Member(port, vlan(sw, member.vlan()), Member.Role.TRUNK_ROOT));
                    members.add(new Member(port, vlan(sw, member.leafVlan()), Member.Role.TRUNK_LEAF));
                }
                default -> throw new IllegalStateException("unknown role " + member.role());
            }
        }
        return new Entry(0, Entry.Kind.BRIDGE, bridge.serviceId(), members, names.of(bridge.policies()));
    }

    // undo

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        if (!undo.isFor(info.id())) {
            return;
        }
        LinuxSwitch sw = switchOf(undo.nodeId());
        Entry wanted;
        try {
            wanted = UndoText.read(undo.data());
        } catch (IllegalArgumentException e) {
            throw new DriverException("switch " + sw.name() + ": the undo record is not one this driver made: "
                    + e.getMessage(), e);
        }
        sw.change((ports, tables) -> removal(tables, wanted));
    }

    // helpers

    /** Adds the entry unless the switch holds it already; refuses a port and VLAN another service uses. */
    private Change<UndoRecord> add(LinuxSwitch sw, String nodeId, SwitchTables tables, Entry wanted)
            throws DriverException {
        if (!SAFE_SERVICE_ID.matcher(wanted.service()).matches()) {
            // the id goes into nft scripts and comments: nothing that could end a string or a statement
            throw new DriverException("switch " + sw.name() + ": service id '" + wanted.service() + "' holds "
                    + "characters other than letters, digits and . _ : - (at most 64)");
        }
        if (tables.entries().stream().anyMatch(wanted::sameAs)) {
            return Change.none(UndoRecord.nothing(nodeId, info.id()));
        }
        for (Member member : wanted.members()) {
            for (Entry other : tables.entries()) {
                if (!other.service().equals(wanted.service()) && other.members().stream().anyMatch(m ->
                        m.port().equals(member.port()) && m.vlan() == member.vlan())) {
                    throw new DriverException("switch " + sw.name() + ": port " + member.port() + " VLAN "
                            + member.vlan() + " is already used by service " + other.service());
                }
            }
        }
        for (UniPolicy policy : wanted.policies().values()) {
            if (!policy.enforceableWith(CAPABILITIES)) {
                throw new DriverException("switch " + sw.name() + ": its policers are colour-blind and uncoupled; "
                        + "it cannot enforce " + policy);
            }
        }
        Entry entry = new Entry(tables.nextId(), wanted.kind(), wanted.service(), wanted.members(),
                wanted.policies());
        return new Change<>(List.of(), List.of(entry), new UndoRecord(nodeId, info.id(), UndoText.write(entry)));
    }

    private static Change<Void> removal(SwitchTables tables, Entry wanted) {
        return new Change<>(tables.entries().stream().filter(wanted::sameAs).toList(), List.of(), null);
    }

    /** The entries of a kind whose forwarding is in place: what the switch really does. */
    private static List<Entry> working(SwitchTables tables, List<Port> ports, Entry.Kind kind) {
        return tables.entries().stream().filter(entry -> entry.kind() == kind && tables.forwards(entry)).toList();
    }

    private static int vlan(LinuxSwitch sw, int vlan) throws DriverException {
        if (vlan < 1 || vlan > 4094) {
            throw new DriverException("switch " + sw.name() + ": VLAN " + vlan + " is not between 1 and 4094");
        }
        return vlan;
    }

    private LinuxSwitch switchOf(String nodeId) throws DriverException {
        LinuxSwitch sw = switchesByNode.get(nodeId);
        if (sw == null) {
            throw new DriverException("unknown node " + nodeId + ": driver " + info.id() + " has no such switch");
        }
        return sw;
    }

    /** The switch's ports by edge point uuid. */
    private final class PortNames {
        private final LinuxSwitch sw;
        private final Map<String, String> namesByUuid = new LinkedHashMap<>();

        PortNames(LinuxSwitch sw, List<Port> ports) {
            this.sw = sw;
            ports.forEach(port -> namesByUuid.put(uuids.nodeEdgePoint(sw.name(), port.name()), port.name()));
        }

        Optional<String> find(String uuid) {
            return Optional.ofNullable(namesByUuid.get(uuid));
        }

        /** Policies by port name; those at ports the switch does not have are left out (their entry is refused). */
        Map<String, UniPolicy> of(Map<String, UniPolicy> byUuid) {
            Map<String, UniPolicy> byName = new LinkedHashMap<>();
            byUuid.forEach((uuid, policy) -> find(uuid).ifPresent(name -> byName.put(name, policy)));
            return byName;
        }

        String require(String uuid) throws DriverException {
            String name = namesByUuid.get(uuid);
            if (name == null) {
                throw new DriverException("switch " + sw.name() + " has no port " + uuid);
            }
            return name;
        }
    }
}
