package org.presto.driver.emulator.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VLAN cross-connect tables of all emulated switches, saved like a device's configuration after every change.
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
            .thenComparingInt(ForwardingEntry::vlanB);

    private final PortInventory inventory;
    private final DeviceStateFile stateFile;
    private final Map<String, NavigableSet<ForwardingEntry>> entriesByNode = new HashMap<>();

    private ForwardingTable(PortInventory inventory, DeviceStateFile stateFile) {
        this.inventory = inventory;
        this.stateFile = stateFile;
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
        for (ForwardingEntry entry : stateFile.load()) {
            try {
                table.check(entry);
                table.entriesOf(entry.nodeId()).add(entry);
            } catch (DriverException e) {
                LOG.warn("Dropping saved forwarding entry {} from {}: {}", entry, stateFile.file(), e.getMessage());
            }
        }
        return table;
    }

    public synchronized void install(ForwardingEntry entry) throws DriverException {
        check(entry);
        NavigableSet<ForwardingEntry> entries = entriesOf(entry.nodeId());
        if (!entries.add(entry)) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            entries.remove(entry);
            throw new DriverException(nodeLabel(entry) + "could not save the configuration to " + stateFile.file()
                    + ", so the entry of service " + entry.serviceId() + " was not installed: " + e, e);
        }
    }

    public synchronized void remove(ForwardingEntry entry) throws DriverException {
        requireNode(entry.nodeId());
        NavigableSet<ForwardingEntry> entries = entriesOf(entry.nodeId());
        if (!entries.remove(entry)) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            entries.add(entry);
            throw new DriverException(nodeLabel(entry) + "could not save the configuration to " + stateFile.file()
                    + ", so the entry of service " + entry.serviceId() + " was not removed: " + e, e);
        }
    }

    /** The node's entries, ordered by service, then ports and VLANs. */
    public synchronized List<ForwardingEntry> entries(String nodeId) throws DriverException {
        requireNode(nodeId);
        return List.copyOf(entriesOf(nodeId));
    }

    private void check(ForwardingEntry entry) throws DriverException {
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
        for (ForwardingEntry other : entriesOf(entry.nodeId())) {
            if (!other.serviceId().equals(entry.serviceId())) {
                requireUnused(entry, entry.portA(), entry.vlanA(), other);
                requireUnused(entry, entry.portB(), entry.vlanB(), other);
            }
        }
    }

    private void requireNode(String nodeId) throws DriverException {
        if (!inventory.hasNode(nodeId)) {
            throw new DriverException("unknown node " + nodeId + ": this EMS manages no such node");
        }
    }

    private void requirePort(ForwardingEntry entry, String port) throws DriverException {
        if (!inventory.hasPort(entry.nodeId(), port)) {
            throw new DriverException(nodeLabel(entry) + "has no port " + port);
        }
    }

    private void requireVlan(ForwardingEntry entry, String port, int vlan) throws DriverException {
        if (vlan < MIN_VLAN || vlan > MAX_VLAN) {
            throw new DriverException(nodeLabel(entry) + "VLAN " + vlan + " on port "
                    + inventory.portName(entry.nodeId(), port) + " is not between " + MIN_VLAN + " and " + MAX_VLAN);
        }
    }

    private void requireUnused(ForwardingEntry entry, String port, int vlan, ForwardingEntry other)
            throws DriverException {
        boolean used = other.portA().equals(port) && other.vlanA() == vlan
                || other.portB().equals(port) && other.vlanB() == vlan;
        if (used) {
            throw new DriverException(nodeLabel(entry) + "port " + inventory.portName(entry.nodeId(), port) + " VLAN "
                    + vlan + " is already used by service " + other.serviceId());
        }
    }

    private String nodeLabel(ForwardingEntry entry) {
        return "node " + inventory.nodeName(entry.nodeId()) + ": ";
    }

    private NavigableSet<ForwardingEntry> entriesOf(String nodeId) {
        return entriesByNode.computeIfAbsent(nodeId, id -> new TreeSet<>(ORDER));
    }

    private void save() throws IOException {
        List<ForwardingEntry> all = new ArrayList<>();
        entriesByNode.values().forEach(all::addAll);
        all.sort(ORDER);
        stateFile.save(all);
    }
}
