package org.presto.core;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.model.AdministrativeState;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.spi.DeviceChange;

/**
 * The network as Presto knows it: every driver's nodes and links, the SIPs, and the drivers. Nodes of a driver that
 * is gone stay known and are reported with operational state DISABLED.
 */
@ProviderType
public interface NetworkInventory {

    /** The whole network as one topology, as path computation sees it. */
    Topology topology();

    /**
     * The topologies the network is served in: those the drivers present their networks in (a controller's, an
     * imported file's), and Presto's own ({@code mef:presto-nrp-topology}) for every other node; together they
     * hold every node and link of {@link #topology()}.
     *
     * @since 0.5
     */
    List<Topology> topologies();

    List<ServiceInterfacePoint> serviceInterfacePoints();

    List<DriverStatus> drivers();

    /** A node by uuid or by any of its name values. */
    Optional<Node> node(String nodeIdOrName);

    /**
     * Sets the administrative state of a service interface point: a LOCKED point takes no new service; services
     * already on it stay. The state is kept across restarts and applies whichever driver reports the point.
     *
     * @return the point as it is now
     * @throws PrestoException NOT_FOUND if no SIP has that uuid or name
     */
    ServiceInterfacePoint updateAdministrativeState(String sipIdOrName, AdministrativeState state);

    /**
     * Everything configured on a node for services (forwarding entries, bridges, media channels), read back from the
     * device through its driver.
     */
    List<DeviceChange> deviceConfiguration(String nodeIdOrName);
}
