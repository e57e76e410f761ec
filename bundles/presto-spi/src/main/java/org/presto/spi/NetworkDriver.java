package org.presto.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A southbound driver: the part of a vendor's EMS, SDN controller or device integration that Presto talks to.
 * Register an implementation as an OSGi service; Presto finds it at runtime, takes its network into the topology and
 * configures the nodes it owns through it. When the service goes away, its nodes are reported unavailable.
 *
 * <p>Ethernet switches take VLAN {@link ForwardingEntry forwarding entries} for point-to-point services and {@link
 * BridgeEntry bridge domains} for multipoint ones; photonic nodes (ROADMs) take {@link MediaChannelEntry media
 * channels}. Every method may be called from several threads. {@code install} and {@code remove} must be
 * idempotent, and {@code remove} of an installed entry is its undo: Presto uses it to roll back a partly done
 * activation, so a driver must never report success for a change it did not make, nor swallow a device error.
 */
@ConsumerType
public interface NetworkDriver {

    /** Who this driver is; constant for the life of the service. */
    DriverInfo info();

    /** The network this driver manages, as it is now: its nodes, the links among them and their SIPs. */
    DiscoveredNetwork discover() throws DriverException;

    /** Configures one forwarding entry on the node it names; doing it again has no further effect. */
    void install(ForwardingEntry entry) throws DriverException;

    /** Removes one forwarding entry; removing an entry that is not there succeeds. */
    void remove(ForwardingEntry entry) throws DriverException;

    /** The forwarding entries configured on a node now, read back from the device. */
    List<ForwardingEntry> forwardingEntries(String nodeId) throws DriverException;

    /**
     * Configures one media channel on the photonic node it names; doing it again has no further effect. Drivers of
     * photonic equipment implement it; Presto asks no other driver, and the default refuses.
     */
    default void install(MediaChannelEntry channel) throws DriverException {
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
     * Configures the bridge domain of a multipoint service on a switch; doing it again has no further effect. The
     * default refuses: a driver that cannot bridge takes point-to-point services only.
     */
    default void install(BridgeEntry bridge) throws DriverException {
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
