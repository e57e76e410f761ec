package org.presto.driver.emulator.device;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.Supplier;
import java.util.TreeSet;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VLAN cross-connect tables of all emulated switches and the media channels of all emulated ROADMs, saved like a
 * device's configuration after every change.
 *
 * <p>A change is first made in memory, then saved; only when the save succeeded is success reported, and a failed
 * save undoes the in-memory change, so the table, the file and what the caller was told always agree. One lock
 * guards the whole table: changes are rare and short, and one lock keeps the saved file in the order of the changes.
 */
public final class ForwardingTable {
    private static final Logger LOG = LoggerFactory.getLogger(ForwardingTable.class);
    public static final int MIN_VLAN = 1;
    public static final int MAX_VLAN = 4094;

    /** Total order over all members, so a set with it holds the same entries as one using equals. */
    private static final Comparator<ForwardingEntry> ORDER = Comparator.comparing(ForwardingEntry::nodeId)
            .thenComparing(ForwardingEntry::serviceId)
            .thenComparing(ForwardingEntry::portA)
            .thenComparingInt(ForwardingEntry::vlanA)
            .thenComparing(ForwardingEntry::portB)
            .thenComparingInt(ForwardingEntry::vlanB)
            .thenComparing(entry -> entry.policies().toString());

    private final PortInventory inventory;
    private final DeviceStateFile stateFile;
    private final GroupCommit<Batch> commits;
    /** Which services use each VLAN on each port, so that a check costs a lookup, not a pass over the node. */
    private final VlanUsers vlans = new VlanUsers();
    private final ChangeChecks checks;
    /** Changes made in memory and not yet taken by a write. */
    private final List<StateJournal.Change> pending = new ArrayList<>();
    /** Changes in the journal since the state file was written whole. */
    private long journalled;
    /** Whether the next write is of the whole table (after a failed write, memory and disk may differ). */
    private boolean wholeNext;

    /** What one write takes: the changes since the last one, or the whole table when it is due. */
    private record Batch(List<StateJournal.Change> changes, DeviceStateFile.Configuration whole) {
    }
    private static final Comparator<MediaChannelEntry> CHANNEL_ORDER = Comparator
            .comparing(MediaChannelEntry::nodeId)
            .thenComparing(MediaChannelEntry::serviceId)
            .thenComparing(MediaChannelEntry::portA)
            .thenComparing(MediaChannelEntry::portB)
            .thenComparingLong(MediaChannelEntry::lowerFrequencyMhz)
            .thenComparingLong(MediaChannelEntry::upperFrequencyMhz);
    /** The C band a ROADM switches: 191.325 to 196.125 THz. */
    public static final long LOWEST_MHZ = 191_325_000;
    public static final long HIGHEST_MHZ = 196_125_000;

    private final Map<String, NavigableSet<ForwardingEntry>> entriesByNode = new HashMap<>();
    private final Map<String, NavigableSet<MediaChannelEntry>> channelsByNode = new HashMap<>();
    private final Map<String, NavigableSet<BridgeEntry>> bridgesByNode = new HashMap<>();
    private static final Comparator<BridgeEntry> BRIDGE_ORDER = Comparator.comparing(BridgeEntry::nodeId)
            .thenComparing(BridgeEntry::serviceId).thenComparing(bridge -> bridge.members().toString())
            .thenComparing(bridge -> bridge.policies().toString());

    private ForwardingTable(PortInventory inventory, DeviceStateFile stateFile) {
        this.inventory = inventory;
        this.stateFile = stateFile;
        this.commits = new GroupCommit<>(this, this::batch, this::write);
        this.checks = new ChangeChecks(inventory, vlans, this::channelsOf);
    }

    /**
     * The table as last saved in {@code stateFile}. Saved entries that no longer fit the network (its nodes or ports
     * are gone, or they clash with an entry restored before them) are dropped with a warning; the file itself is
     * left as it is until the next change.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static ForwardingTable restore(PortInventory inventory, DeviceStateFile stateFile) throws IOException {
        ForwardingTable table = new ForwardingTable(inventory, stateFile);
        DeviceStateFile.Configuration saved = stateFile.load();
        List<DeviceChange> all = new ArrayList<>(saved.entries());
        all.addAll(saved.bridges());
        all.addAll(saved.mediaChannels());
        for (DeviceChange change : all) {
            try {
                table.restore(change);
            } catch (DriverException e) {
                LOG.warn("Dropping saved {} from {}: {}", change, stateFile.file(), e.getMessage());
            }
        }
        return table;
    }

    /** Takes a saved change back into memory, checked as an install is, without saving. */
    private void restore(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            checks.check(entry);
            if (entriesOf(entry.nodeId()).add(entry)) {
                vlans.change(entry, true);
            }
        } else if (change instanceof BridgeEntry bridge) {
            checks.check(bridge);
            if (bridgesOf(bridge.nodeId()).add(bridge)) {
                vlans.change(bridge, true);
            }
        } else if (change instanceof MediaChannelEntry channel) {
            checks.check(channel);
            channelsOf(channel.nodeId()).add(channel);
        }
    }

    /** Installs a change of any kind; whether the table did not hold it yet. */
    public boolean install(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            return install(entry);
        } else if (change instanceof BridgeEntry bridge) {
            return install(bridge);
        } else if (change instanceof MediaChannelEntry channel) {
            return install(channel);
        }
        throw new DriverException(nodeLabel(change.nodeId()) + "the emulator keeps no " + change.getClass()
                .getSimpleName());
    }

    /** Removes a change of any kind; one that is not there is fine. */
    public void remove(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            remove(entry);
        } else if (change instanceof BridgeEntry bridge) {
            remove(bridge);
        } else if (change instanceof MediaChannelEntry channel) {
            remove(channel);
        }
    }

    /** Everything the node holds: its entries, media channels and bridges, each ordered by service. */
    public synchronized List<DeviceChange> configuration(String nodeId) throws DriverException {
        List<DeviceChange> all = new ArrayList<>(entries(nodeId));
        all.addAll(channels(nodeId));
        all.addAll(bridges(nodeId));
        return all;
    }

    /** Installs the entry; whether the table did not hold it yet. */
    public boolean install(ForwardingEntry entry) throws DriverException {
        return change(() -> checks.check(entry), () -> entriesOf(entry.nodeId()), entry, true, entry.nodeId(),
                "the entry of service " + entry.serviceId());
    }

    public void remove(ForwardingEntry entry) throws DriverException {
        change(() -> checks.requireNode(entry.nodeId()), () -> entriesOf(entry.nodeId()), entry, false, entry.nodeId(),
                "the entry of service " + entry.serviceId());
    }

    /** Installs the media channel; whether the table did not hold it yet. */
    public boolean install(MediaChannelEntry channel) throws DriverException {
        return change(() -> checks.check(channel), () -> channelsOf(channel.nodeId()), channel, true, channel.nodeId(),
                "the media channel of service " + channel.serviceId());
    }

    public void remove(MediaChannelEntry channel) throws DriverException {
        change(() -> checks.requireNode(channel.nodeId()), () -> channelsOf(channel.nodeId()), channel, false,
                channel.nodeId(), "the media channel of service " + channel.serviceId());
    }

    /** Installs the bridge; whether the table did not hold it yet. */
    public boolean install(BridgeEntry bridge) throws DriverException {
        return change(() -> checks.check(bridge), () -> bridgesOf(bridge.nodeId()), bridge, true, bridge.nodeId(),
                "the bridge of service " + bridge.serviceId());
    }

    public void remove(BridgeEntry bridge) throws DriverException {
        change(() -> checks.requireNode(bridge.nodeId()), () -> bridgesOf(bridge.nodeId()), bridge, false,
                bridge.nodeId(), "the bridge of service " + bridge.serviceId());
    }

    /** A check of a change against the table, made under its lock. */
    @FunctionalInterface
    private interface Check {
        void check() throws DriverException;
    }

    /**
     * Checks, then adds or removes one item in memory under the table's lock, and returns once a write of the state
     * file holding it has finished (without the lock: changes made meanwhile share the next write); a failed write
     * undoes the change in memory and is reported. Whether the table changed.
     */
    private <T extends DeviceChange> boolean change(Check check, Supplier<NavigableSet<T>> itemsOf, T item,
                                                    boolean add, String nodeId, String what) throws DriverException {
        long version;
        synchronized (this) {
            check.check();
            if (!(add ? itemsOf.get().add(item) : itemsOf.get().remove(item))) {
                return false;
            }
            vlans.change(item, add);
            pending.add(new StateJournal.Change(add, item));
            version = commits.changed();
        }
        IOException failure;
        try {
            failure = commits.awaitWritten(version);
        } catch (InterruptedIOException e) {
            // whether a write holds it is not known: the change stays, as a device would keep it
            throw new DriverException(nodeLabel(nodeId) + "interrupted while saving " + what, e);
        }
        if (failure != null) {
            synchronized (this) {
                // a change made meanwhile may have done it already: count only what the undo does
                if (add ? itemsOf.get().remove(item) : itemsOf.get().add(item)) {
                    vlans.change(item, !add);
                }
                wholeNext = true;
            }
            throw new DriverException(nodeLabel(nodeId) + "could not save the configuration to " + stateFile.file()
                    + ", so " + what + " was not " + (add ? "installed" : "removed") + ": " + failure, failure);
        }
        return true;
    }

    /** The node's bridges, ordered by service. */
    public synchronized List<BridgeEntry> bridges(String nodeId) throws DriverException {
        checks.requireNode(nodeId);
        return List.copyOf(bridgesOf(nodeId));
    }

    /** The node's media channels, ordered by service, then ports and frequencies. */
    public synchronized List<MediaChannelEntry> channels(String nodeId) throws DriverException {
        checks.requireNode(nodeId);
        return List.copyOf(channelsOf(nodeId));
    }

    /** The node's entries, ordered by service, then ports and VLANs. */
    public synchronized List<ForwardingEntry> entries(String nodeId) throws DriverException {
        checks.requireNode(nodeId);
        return List.copyOf(entriesOf(nodeId));
    }

    private String nodeLabel(ForwardingEntry entry) {
        return nodeLabel(entry.nodeId());
    }

    private String nodeLabel(String nodeId) {
        return "node " + inventory.nodeName(nodeId) + ": ";
    }

    private NavigableSet<ForwardingEntry> entriesOf(String nodeId) {
        return entriesByNode.computeIfAbsent(nodeId, id -> new TreeSet<>(ORDER));
    }

    private NavigableSet<BridgeEntry> bridgesOf(String nodeId) {
        return bridgesByNode.computeIfAbsent(nodeId, id -> new TreeSet<>(BRIDGE_ORDER));
    }

    private NavigableSet<MediaChannelEntry> channelsOf(String nodeId) {
        return channelsByNode.computeIfAbsent(nodeId, id -> new TreeSet<>(CHANNEL_ORDER));
    }

    /**
     * What the next write takes, under the table's lock: the changes since the last write, appended to the journal;
     * or, once the journal holds more changes than the table has items (at least 1 024), the whole table, which
     * empties it. A change so costs about what it is, and loading replays at most about the table's size again.
     */
    private Batch batch() {
        long items = 0;
        for (Map<String, ? extends NavigableSet<?>> byNode : List.of(entriesByNode, channelsByNode, bridgesByNode)) {
            for (NavigableSet<?> set : byNode.values()) {
                items += set.size();
            }
        }
        if (wholeNext || journalled + pending.size() > Math.max(1024, items)) {
            wholeNext = false;
            journalled = 0;
            // journaled too, before the state file: should the journal outlive the rename (a crash before it is
            // emptied), replaying all of it onto the new file gives that file again, not an older state
            List<StateJournal.Change> taken = List.copyOf(pending);
            pending.clear();
            return new Batch(taken, snapshot());
        }
        List<StateJournal.Change> taken = List.copyOf(pending);
        pending.clear();
        journalled += taken.size();
        return new Batch(taken, null);
    }

    private void write(Batch batch) throws IOException {
        if (!batch.changes().isEmpty()) {
            stateFile.append(batch.changes());
        }
        if (batch.whole() != null) {
            stateFile.save(batch.whole());
        }
    }

    /** The whole table, as the state file holds it; under the table's lock. */
    private DeviceStateFile.Configuration snapshot() {
        List<ForwardingEntry> all = new ArrayList<>();
        entriesByNode.values().forEach(all::addAll);
        all.sort(ORDER);
        List<MediaChannelEntry> channels = new ArrayList<>();
        channelsByNode.values().forEach(channels::addAll);
        channels.sort(CHANNEL_ORDER);
        List<BridgeEntry> bridges = new ArrayList<>();
        bridgesByNode.values().forEach(bridges::addAll);
        bridges.sort(BRIDGE_ORDER);
        return new DeviceStateFile.Configuration(all, channels, bridges);
    }
}
