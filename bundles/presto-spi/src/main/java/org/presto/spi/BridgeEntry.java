package org.presto.spi;

import java.util.List;
import java.util.Objects;

/**
 * One bridge domain of a multipoint service (E-LAN) inside a switch: frames arriving on any member port tagged with
 * that member's VLAN are bridged (learned, or flooded when unknown) to the other members, leaving each tagged with
 * its VLAN. A customer port joins with the CE-VLAN, a trunk with the service VLAN.
 *
 * @param serviceId the connectivity service the bridge belongs to
 * @param nodeId the node (uuid) to configure
 * @param members at least two, on different ports
 */
public record BridgeEntry(String serviceId, String nodeId, List<Member> members) {

    /**
     * One port of the bridge.
     *
     * @param port uuid of an owned node edge point of the node
     * @param vlan VLAN id on that port, 1 to 4094
     */
    public record Member(String port, int vlan) {
        public Member {
            Objects.requireNonNull(port, "port");
        }
    }

    public BridgeEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        members = List.copyOf(members);
        if (members.size() < 2 || members.stream().map(Member::port).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a bridge has at least two members on different ports, not "
                    + members);
        }
    }
}
