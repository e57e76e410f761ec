package org.presto.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A southbound driver: the part of a vendor's EMS, SDN controller or device integration that Presto talks to.
 * Register an implementation as an OSGi service; Presto finds it at runtime, takes its network into the topology and
 * configures the nodes it owns through it. When the service goes away, its nodes are reported unavailable.
 *
 * <p>Every method may be called from several threads. {@link #install} and {@link #remove} must be idempotent, and
 * {@link #remove} of an installed entry is its undo: Presto uses it to roll back a partly done activation, so a
 * driver must never report success for a change it did not make, nor swallow a device error.
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
}
