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
 * <p>Presto configures nodes by {@link DeviceChange device changes}: Ethernet switches take VLAN {@link
 * ForwardingEntry forwarding entries} for point-to-point services and {@link BridgeEntry bridge domains} for
 * multipoint ones; photonic nodes (ROADMs) take {@link MediaChannelEntry media channels}. Every method may be called
 * from several threads: Presto makes one configuration change per node at a
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
     * What this driver can configure; constant for the life of the service. Presto plans
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
     * Makes one change on the node it names; making it again has no further effect. Presto asks only for changes
     * whose {@link DeviceChange#needs() needs} the driver's {@link #capabilities() capabilities} cover; a driver
     * handles each kind it declares and refuses any other with a {@link DriverException} (see {@link
     * DriverException#cannotMake}).
     *
     * @return how to take it back; {@link UndoRecord#nothing nothing} if the node held the change already (undoing
     *         it then leaves the node alone)
     */
    UndoRecord install(DeviceChange change) throws DriverException;

    /** Takes one change off its node for good; removing a change that is not there succeeds. */
    void remove(DeviceChange change) throws DriverException;

    /**
     * Takes back a change this driver made, as its undo record says, restoring the node as it was before the
     * change; doing it again, or undoing a change already removed, has no further effect.
     */
    void undo(UndoRecord undo) throws DriverException;

    /**
     * Every change configured on a node now, of every service and kind, read back from the device: Presto counts a
     * change as made only when it is {@linkplain Object#equals equal} to one of these.
     */
    List<DeviceChange> configuration(String nodeId) throws DriverException;
}
