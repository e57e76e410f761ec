package org.presto.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.spi.BridgeEntry;
import org.presto.spi.Capability;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;
import org.presto.store.ServiceRecord;

/** One change on one device through its driver: a VLAN forwarding entry on a switch, or a media channel on a ROADM. */
sealed interface DeviceChange permits DeviceChange.Entry, DeviceChange.Channel, DeviceChange.Bridge {

    String nodeId();

    /** The service the change configures. */
    String serviceId();

    /** The node's ports the change configures. */
    List<String> ports();

    /** Makes the change; how to take it back, as the driver says. */
    UndoRecord install(NetworkDriver driver) throws DriverException;

    /** Removing a change that is not there succeeds. */
    void remove(NetworkDriver driver) throws DriverException;

    /** Whether the device holds this change now, as its driver reads it back. */
    boolean isOn(NetworkDriver driver) throws DriverException;

    /** The same change with the policies among these (by port) that are at its ports; a media channel has none. */
    DeviceChange withPolicies(Map<String, UniPolicy> byPort);

    /** The policies the change enforces, by port. */
    Map<String, UniPolicy> policies();

    /** What the node's driver must declare to make the change. */
    Set<Capability> needs();

    record Entry(ForwardingEntry entry) implements DeviceChange {
        @Override
        public String nodeId() {
            return entry.nodeId();
        }

        @Override
        public List<String> ports() {
            return List.of(entry.portA(), entry.portB());
        }

        @Override
        public UndoRecord install(NetworkDriver driver) throws DriverException {
            return driver.install(entry);
        }

        @Override
        public String serviceId() {
            return entry.serviceId();
        }

        @Override
        public void remove(NetworkDriver driver) throws DriverException {
            driver.remove(entry);
        }

        @Override
        public boolean isOn(NetworkDriver driver) throws DriverException {
            return driver.forwardingEntries(entry.nodeId()).contains(entry);
        }

        @Override
        public DeviceChange withPolicies(Map<String, UniPolicy> byPort) {
            return new Entry(entry.withPolicies(EndPointPolicies.at(byPort, ports())));
        }

        @Override
        public Map<String, UniPolicy> policies() {
            return entry.policies();
        }

        @Override
        public Set<Capability> needs() {
            return DeviceChange.needs(policies(), EnumSet.noneOf(Capability.class));
        }
    }

    record Channel(MediaChannelEntry channel) implements DeviceChange {
        @Override
        public String nodeId() {
            return channel.nodeId();
        }

        @Override
        public List<String> ports() {
            return List.of(channel.portA(), channel.portB());
        }

        @Override
        public UndoRecord install(NetworkDriver driver) throws DriverException {
            return driver.install(channel);
        }

        @Override
        public String serviceId() {
            return channel.serviceId();
        }

        @Override
        public void remove(NetworkDriver driver) throws DriverException {
            driver.remove(channel);
        }

        @Override
        public boolean isOn(NetworkDriver driver) throws DriverException {
            return driver.mediaChannels(channel.nodeId()).contains(channel);
        }

        @Override
        public DeviceChange withPolicies(Map<String, UniPolicy> byPort) {
            return this;
        }

        @Override
        public Map<String, UniPolicy> policies() {
            return Map.of();
        }

        @Override
        public Set<Capability> needs() {
            return EnumSet.of(Capability.MEDIA_CHANNELS);
        }
    }

    record Bridge(BridgeEntry bridge) implements DeviceChange {
        @Override
        public String nodeId() {
            return bridge.nodeId();
        }

        @Override
        public List<String> ports() {
            return bridge.members().stream().map(BridgeEntry.Member::port).toList();
        }

        @Override
        public UndoRecord install(NetworkDriver driver) throws DriverException {
            return driver.install(bridge);
        }

        @Override
        public String serviceId() {
            return bridge.serviceId();
        }

        @Override
        public void remove(NetworkDriver driver) throws DriverException {
            driver.remove(bridge);
        }

        @Override
        public boolean isOn(NetworkDriver driver) throws DriverException {
            // members in any order: a device may read them back in its own
            return driver.bridges(bridge.nodeId()).stream().anyMatch(on -> on.serviceId().equals(bridge.serviceId())
                    && on.policies().equals(bridge.policies())
                    && java.util.Set.copyOf(on.members()).equals(java.util.Set.copyOf(bridge.members())));
        }

        @Override
        public DeviceChange withPolicies(Map<String, UniPolicy> byPort) {
            return new Bridge(bridge.withPolicies(EndPointPolicies.at(byPort, ports())));
        }

        @Override
        public Map<String, UniPolicy> policies() {
            return bridge.policies();
        }

        @Override
        public Set<Capability> needs() {
            return DeviceChange.needs(policies(), bridge.rooted() ? EnumSet.of(Capability.BRIDGING,
                    Capability.ROOTED_BRIDGING) : EnumSet.of(Capability.BRIDGING));
        }
    }

    private static Set<Capability> needs(Map<String, UniPolicy> policies, Set<Capability> needs) {
        policies.values().forEach(policy -> needs.addAll(Capability.neededFor(policy)));
        return needs;
    }

    /** What a stored service has on the devices, in installation order. */
    static List<DeviceChange> of(ServiceRecord record) {
        List<DeviceChange> changes = new ArrayList<>(entries(record.forwardingEntries()));
        record.mediaChannels().forEach(channel -> changes.add(new Channel(channel)));
        record.bridges().forEach(bridge -> changes.add(new Bridge(bridge)));
        return changes;
    }


    /** What a service had on the devices before the update under way, in installation order. */
    static List<DeviceChange> of(ServiceRecord.Prior prior) {
        List<DeviceChange> changes = new ArrayList<>(entries(prior.forwardingEntries()));
        changes.addAll(channels(prior.mediaChannels()));
        changes.addAll(bridges(prior.bridges()));
        return changes;
    }

    static List<DeviceChange> entries(List<ForwardingEntry> entries) {
        return entries.stream().<DeviceChange>map(Entry::new).toList();
    }

    static List<DeviceChange> channels(List<MediaChannelEntry> channels) {
        return channels.stream().<DeviceChange>map(Channel::new).toList();
    }

    static List<ForwardingEntry> entriesIn(List<DeviceChange> changes) {
        return changes.stream().filter(Entry.class::isInstance).map(c -> ((Entry) c).entry()).toList();
    }

    static List<MediaChannelEntry> channelsIn(List<DeviceChange> changes) {
        return changes.stream().filter(Channel.class::isInstance).map(c -> ((Channel) c).channel()).toList();
    }

    static List<DeviceChange> bridges(List<BridgeEntry> bridges) {
        return bridges.stream().<DeviceChange>map(Bridge::new).toList();
    }

    static List<BridgeEntry> bridgesIn(List<DeviceChange> changes) {
        return changes.stream().filter(Bridge.class::isInstance).map(c -> ((Bridge) c).bridge()).toList();
    }

    /** The record holding exactly these changes, the rest unchanged. */
    static ServiceRecord holding(ServiceRecord record, List<DeviceChange> changes) {
        return record.with(record.service(), record.connections(), entriesIn(changes), channelsIn(changes),
                bridgesIn(changes));
    }

    static List<DeviceChange> reversed(List<DeviceChange> changes) {
        List<DeviceChange> copy = new ArrayList<>(changes);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
