package org.presto.spi;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One bridge domain of a multipoint service inside a switch: frames arriving on a member port tagged with that
 * member's VLAN are bridged (learned, or flooded when unknown) to the other members, leaving each tagged with its
 * VLAN. A customer port joins with the CE-VLAN, a trunk with the service VLAN.
 *
 * <p>An E-LAN's members are all {@link Role#ROOT roots}: any member reaches any other. An E-Tree (rooted multipoint)
 * keeps its leaves apart, across switches too, the way IEEE 802.1Q asymmetric VLANs do: frames from a root travel
 * between switches on the service VLAN and reach every member; frames from a {@link Role#LEAF leaf} travel on a
 * second, leaf VLAN and reach roots only. A {@link Role#TRUNK trunk} member carries both, each on its own VLAN.
 *
 * <p>Like a {@link ForwardingEntry}, it passes no frame to a Bridge Reserved Address (MEF 45.1 CTA).
 *
 * <p>While a service's members change (an end point joins, leaves or takes another CE-VLAN), a switch may hold two
 * bridges of the same service for a moment, the new one installed before the old one is removed, on the same trunk
 * VLANs; the switch bridges the union of their members. A service moving to other trunk VLANs never has both on one
 * switch: there the old bridge is removed before the new one is installed.
 *
 * @param serviceId the connectivity service the bridge belongs to
 * @param nodeId the node (uuid) to configure
 * @param members at least two, on different ports; kept ordered by port
 * @param policies what the node enforces at those member ports that are the service's UNIs, by port uuid, each UNI
 *                 on its own (see {@link UniPolicy}); as for {@link ForwardingEntry#policies()}
 */
public record BridgeEntry(String serviceId, String nodeId, List<Member> members, Map<String, UniPolicy> policies)
        implements DeviceChange {

    /** What a member may reach. */
    public enum Role {
        /** Reaches every member: each port of an E-LAN, a root port of an E-Tree. */
        ROOT,
        /** Reaches roots only, on this switch or through trunks: a leaf port of an E-Tree. */
        LEAF,
        /**
         * A trunk of an E-Tree to another switch: frames from roots on {@link Member#vlan()}, frames from leaves on
         * {@link Member#leafVlan()}, each kept apart on every switch they cross.
         */
        TRUNK
    }

    /**
     * One port of the bridge.
     *
     * @param port uuid of an owned node edge point of the node
     * @param vlan VLAN id on that port, 1 to 4094
     * @param role what the member reaches
     * @param leafVlan for a {@link Role#TRUNK trunk}, the VLAN id carrying leaves' frames (1 to 4094, not
     *                 {@code vlan}); 0 for other roles
     */
    public record Member(String port, int vlan, Role role, int leafVlan) {
        public Member {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(role, "role");
            if ((role == Role.TRUNK) != (leafVlan != 0) || leafVlan != 0 && leafVlan == vlan) {
                throw new IllegalArgumentException("a trunk member has a leaf VLAN other than its VLAN, other members "
                        + "none: " + role + " VLAN " + vlan + " leaf VLAN " + leafVlan);
            }
        }

        /** A member reaching every other: an E-LAN port or trunk. */
        public Member(String port, int vlan) {
            this(port, vlan, Role.ROOT, 0);
        }

        /** Whether the member uses this VLAN on its port. */
        public boolean uses(int vlanId) {
            return vlan == vlanId || leafVlan != 0 && leafVlan == vlanId;
        }
    }

    public BridgeEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        // ordered by port, so that two bridges with the same members are equal whatever order they were listed in
        members = members.stream().sorted(Comparator.comparing(Member::port)).toList();
        if (members.size() < 2 || members.stream().map(Member::port).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a bridge has at least two members on different ports, not "
                    + members);
        }
        policies = UniPolicies.of(policies, members.stream().map(Member::port)
                .collect(Collectors.toSet()));
    }

    /** A bridge that polices nothing. */
    public BridgeEntry(String serviceId, String nodeId, List<Member> members) {
        this(serviceId, nodeId, members, Map.of());
    }

    /** The same bridge with the policies among these that are at its member ports. */
    @Override
    public BridgeEntry withPolicies(Map<String, UniPolicy> byPort) {
        return new BridgeEntry(serviceId, nodeId, members, UniPolicies.at(byPort, ports()));
    }

    /** The member ports, ordered. */
    @Override
    public List<String> ports() {
        return members.stream().map(Member::port).toList();
    }

    /** {@link Capability#BRIDGING}, {@link Capability#ROOTED_BRIDGING} if rooted, and what its policies need. */
    @Override
    public Set<Capability> needs() {
        return UniPolicies.needs(policies, rooted() ? EnumSet.of(Capability.BRIDGING, Capability.ROOTED_BRIDGING)
                : EnumSet.of(Capability.BRIDGING));
    }

    /** The policy at a member port: {@link UniPolicy#NONE} where it has none. */
    public UniPolicy policyAt(String port) {
        return policies.getOrDefault(port, UniPolicy.NONE);
    }

    /** Whether this bridge keeps leaves apart (an E-Tree's). */
    public boolean rooted() {
        return members.stream().anyMatch(member -> member.role() != Role.ROOT);
    }
}
