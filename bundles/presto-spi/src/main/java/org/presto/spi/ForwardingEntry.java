package org.presto.spi;

import java.util.Objects;

/**
 * One VLAN cross-connect inside a node, both ways: frames arriving on {@code portA} tagged {@code vlanA} leave on
 * {@code portB} tagged {@code vlanB}, and the reverse. The VLAN ids differ where the node translates, e.g. a customer
 * VLAN at a UNI mapped to the service VLAN of the trunk.
 *
 * @param serviceId the connectivity service the entry belongs to
 * @param nodeId the node (uuid) to configure
 * @param portA uuid of an owned node edge point of the node
 * @param vlanA VLAN id on port A, 1 to 4094
 * @param portB uuid of another owned node edge point of the node
 * @param vlanB VLAN id on port B, 1 to 4094
 */
public record ForwardingEntry(String serviceId, String nodeId, String portA, int vlanA, String portB, int vlanB) {
    public ForwardingEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(portA, "portA");
        Objects.requireNonNull(portB, "portB");
    }
}
