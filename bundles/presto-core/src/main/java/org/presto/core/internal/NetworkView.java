package org.presto.core.internal;

import java.util.Optional;
import org.presto.core.NetworkInventory;
import org.presto.model.Link;
import org.presto.spi.NetworkDriver;

/** What orchestration needs of the inventory beyond what clients see: who owns a node, and where a SIP is. */
interface NetworkView extends NetworkInventory {

    /** The live driver owning a node; empty when the node is unknown or its driver is away. */
    Optional<NetworkDriver> driverOf(String nodeId);

    /** The node edge point a SIP is mapped from. */
    Optional<SipLocation> locate(String sipId);

    /** The link attached to a node edge point, if any. */
    Optional<Link> linkAt(String nepId);
}
