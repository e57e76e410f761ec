package org.presto.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One VLAN cross-connect inside a node, both ways: frames arriving on {@code portA} tagged {@code vlanA} leave on
 * {@code portB} tagged {@code vlanB}, and the reverse. The VLAN ids differ where the node translates, e.g. a customer
 * VLAN at a UNI mapped to the service VLAN of the trunk.
 *
 * <p>Like every Ethernet change, it carries no frame to one of the 16 Bridge Reserved Addresses (01-80-C2-00-00-00
 * to -0F), whatever its tag: Presto's services are VLAN-based, and MEF 45.1 gives them the L2CP address set CTA.
 *
 * <p>When a service's policies change, Presto installs the entry with the new policies beside the one with the old
 * (same ports and VLANs), then removes the old: meanwhile the node enforces the newer, and removing the old leaves
 * the new one working.
 *
 * @param serviceId the connectivity service the entry belongs to
 * @param nodeId the node (uuid) to configure
 * @param portA uuid of an owned node edge point of the node
 * @param vlanA VLAN id on port A, 1 to 4094
 * @param portB uuid of another owned node edge point of the node
 * @param vlanB VLAN id on port B, 1 to 4094
 * @param policies what the node enforces at those of the two ports that are the service's UNIs, by port uuid (see
 *                 {@link UniPolicy}); ports without one carry the service's frames as they come. Presto asks only
 *                 drivers whose {@link NetworkDriver#capabilities() capabilities} cover them.
 */
public record ForwardingEntry(String serviceId, String nodeId, String portA, int vlanA, String portB, int vlanB,
                              Map<String, UniPolicy> policies) implements DeviceChange {
    public ForwardingEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(portA, "portA");
        Objects.requireNonNull(portB, "portB");
        policies = UniPolicies.of(policies, Set.copyOf(List.of(portA, portB)));
    }

    /** An entry that polices nothing. */
    public ForwardingEntry(String serviceId, String nodeId, String portA, int vlanA, String portB, int vlanB) {
        this(serviceId, nodeId, portA, vlanA, portB, vlanB, Map.of());
    }

    /** The same entry with the policies among these that are at its ports. */
    @Override
    public ForwardingEntry withPolicies(Map<String, UniPolicy> byPort) {
        return new ForwardingEntry(serviceId, nodeId, portA, vlanA, portB, vlanB, UniPolicies.at(byPort, ports()));
    }

    @Override
    public List<String> ports() {
        return List.of(portA, portB);
    }

    /** {@link Capability#VLAN_CROSS_CONNECTS} and what its policies need. */
    @Override
    public Set<Capability> needs() {
        return UniPolicies.needs(policies, EnumSet.of(Capability.VLAN_CROSS_CONNECTS));
    }

    /** The policy at a port of the entry: {@link UniPolicy#NONE} where it has none. */
    public UniPolicy policyAt(String port) {
        return policies.getOrDefault(port, UniPolicy.NONE);
    }
}
