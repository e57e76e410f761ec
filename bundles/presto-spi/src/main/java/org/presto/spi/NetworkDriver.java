package org.presto.spi;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A southbound driver: the part of a vendor's EMS, SDN controller or device integration that Presto talks to.
 * Register an implementation as an OSGi service; Presto finds it at runtime, takes its network into the topology and
 * configures the nodes it owns through it, asking first what it {@link #capabilities() can do}. When the service
 * goes away, its nodes are reported unavailable.
 *
 * <p>Ethernet switches take VLAN {@link ForwardingEntry forwarding entries} for point-to-point services and {@link
 * BridgeEntry bridge domains} for multipoint ones; photonic nodes (ROADMs) take {@link MediaChannelEntry media
 * channels}. Every method may be called from several threads: Presto makes one configuration change per node at a
 * time, but reads (discovery, read-back for operators) may come at any moment.
 *
 * <p>{@code install} returns an {@link UndoRecord}: how to take that change back. Presto journals it and, when an
 * activation fails part way or was interrupted by a crash, hands the records back to {@link #undo}, newest first.
 * {@code remove} takes a service's configuration off a node for good (a delete, a lock, the old route of a moved
 * service) and needs no undo. {@code install}, {@code remove} and {@code undo} must be idempotent, so Presto may retry
 * them after a failure marked {@link DriverException#retryable() retryable}. A driver must never report success for a
 * change it did not make, nor swallow a device error: Presto reads every change back before it counts as made.
 */
@ConsumerType
public interface NetworkDriver {

    /** Who this driver is; constant for the life of the service. */
    DriverInfo info();

    /**
     * What this driver can configure beyond VLAN cross-connects; constant for the life of the service. Presto plans
     * nothing onto the driver's nodes that needs a capability missing here, and refuses such a request before any
     * device is touched. The driver test kit checks each declared capability against what the driver does.
     */
    Set<Capability> capabilities();

    /**
     * The devices this driver talks to and whether it is in touch with each, for operators; none by default (a
     * driver that is itself the device, or that has no sessions to tell of). Answers at once from what the driver
     * knows, without asking the devices.
     */
    default List<DeviceStatus> devices() {
        return List.of();
    }

    /** The network this driver manages, as it is now: its nodes, the links among them and their SIPs. */
    DiscoveredNetwork discover() throws DriverException;

    /**
     * Configures one forwarding entry on the node it names; doing it again has no further effect.
     *
     * @return how to take it back; {@link UndoRecord#nothing nothing} if the node held the entry already (undoing
     *         it then leaves the node alone)
     */
    UndoRecord install(ForwardingEntry entry) throws DriverException;

    /**
     * Takes back a change this driver made, as its undo record says, restoring the node as it was before the
     * change; doing it again, or undoing a change already removed, has no further effect.
     */
    void undo(UndoRecord undo) throws DriverException;

    /** Removes one forwarding entry; removing an entry that is not there succeeds. */
    void remove(ForwardingEntry entry) throws DriverException;

    /** The forwarding entries configured on a node now, read back from the device. */
    List<ForwardingEntry> forwardingEntries(String nodeId) throws DriverException;

    /**
     * Configures one media channel on the photonic node it names; doing it again has no further effect. Drivers of
     * photonic equipment implement it and declare {@link Capability#MEDIA_CHANNELS}; Presto asks no other driver, and
     * the default refuses.
     */
    default UndoRecord install(MediaChannelEntry channel) throws DriverException {
        throw new DriverException("driver " + info().id() + " does not configure media channels (node "
                + channel.nodeId() + ")");
    }

    /** Removes one media channel; removing one that is not there succeeds (the default has none to remove). */
    default void remove(MediaChannelEntry channel) throws DriverException {
    }

    /** The media channels configured on a node now, read back from the device; none by default. */
    default List<MediaChannelEntry> mediaChannels(String nodeId) throws DriverException {
        return List.of();
    }

    /**
     * Configures the bridge domain of a multipoint service on a switch; doing it again has no further effect. Drivers that
     * can declare {@link Capability#BRIDGING} (and {@link Capability#ROOTED_BRIDGING} for E-Trees); Presto asks no
     * other driver, and the default refuses.
     */
    default UndoRecord install(BridgeEntry bridge) throws DriverException {
        throw new DriverException("driver " + info().id() + " does not configure bridge domains (node "
                + bridge.nodeId() + ")");
    }

    /** Removes a bridge domain; removing one that is not there succeeds (the default has none to remove). */
    default void remove(BridgeEntry bridge) throws DriverException {
    }

    /** The bridge domains configured on a node now, read back from the device; none by default. */
    default List<BridgeEntry> bridges(String nodeId) throws DriverException {
        return List.of();
    }
}
