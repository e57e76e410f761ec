package org.presto.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One change Presto asks a driver to make on one node for one service: a VLAN {@link ForwardingEntry cross-connect},
 * a {@link BridgeEntry bridge domain} or a {@link MediaChannelEntry media channel}. The family is sealed: a driver
 * handles each kind it declares the {@link #needs() capability} for, and Presto asks it for no other. A new kind is
 * one more record here, with the capability it needs, and a new minor version of the SPI; a driver that does not
 * know the kind does not declare its capability and never meets it.
 *
 * <p>Changes are values: two changes are equal when they configure the same thing, which is how Presto finds a change
 * it made in what a driver {@link NetworkDriver#configuration reads back}.
 */
public sealed interface DeviceChange permits ForwardingEntry, BridgeEntry, MediaChannelEntry {

    /** The connectivity service the change belongs to. */
    String serviceId();

    /** The node (uuid) the change configures. */
    String nodeId();

    /** The node's edge points (uuids) the change configures, in the order the kind lists them. */
    List<String> ports();

    /**
     * What the node enforces at those of the change's ports that are the service's UNIs, by port uuid (see
     * {@link UniPolicy}); none for a kind that carries no customer frames.
     */
    Map<String, UniPolicy> policies();

    /**
     * The same change with the policies among these that are at its ports (others are left out); the change itself
     * for a kind that enforces none.
     */
    DeviceChange withPolicies(Map<String, UniPolicy> byPort);

    /** The capabilities a driver must declare to be asked for this change. */
    Set<Capability> needs();

    /** The changes of one kind among these, in their order. */
    static <C extends DeviceChange> List<C> ofKind(Collection<? extends DeviceChange> changes, Class<C> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
