package org.presto.core;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.spi.ForwardingEntry;

/**
 * The network as Presto knows it: one topology made of every driver's nodes and links, the SIPs, and the drivers.
 * Nodes of a driver that is gone stay known and are reported with operational state DISABLED.
 */
@ProviderType
public interface NetworkInventory {

    Topology topology();

    List<ServiceInterfacePoint> serviceInterfacePoints();

    List<DriverStatus> drivers();

    /** A node by uuid or by any of its name values. */
    Optional<Node> node(String nodeIdOrName);

    /** The forwarding entries configured on a node, read back from the device through its driver. */
    List<ForwardingEntry> deviceConfiguration(String nodeIdOrName);
}
