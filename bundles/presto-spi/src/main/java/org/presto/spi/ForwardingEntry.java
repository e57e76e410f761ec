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
 * @param cirKbps the service's committed information rate in kbit/s (its ingress bandwidth profile per EVC, MEF
 *                10.4): frames entering the network at a customer port (UNI) of this entry beyond it are dropped;
 *                0 for none. A driver whose devices cannot police says so by refusing the entry. When a service's
 *                rate changes, Presto installs the entry with the new rate beside the one with the old (same ports
 *                and VLANs), then removes the old: meanwhile the node polices at the newer, and removing the old
 *                leaves the new one working.
 */
public record ForwardingEntry(String serviceId, String nodeId, String portA, int vlanA, String portB, int vlanB,
                              long cirKbps) {
    public ForwardingEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(portA, "portA");
        Objects.requireNonNull(portB, "portB");
        if (cirKbps < 0) {
            throw new IllegalArgumentException("a committed information rate is 0 or more, not " + cirKbps);
        }
    }

    /** An entry without a bandwidth profile. */
    public ForwardingEntry(String serviceId, String nodeId, String portA, int vlanA, String portB, int vlanB) {
        this(serviceId, nodeId, portA, vlanA, portB, vlanB, 0);
    }

    /** The same entry with another committed information rate. */
    public ForwardingEntry withCirKbps(long rate) {
        return new ForwardingEntry(serviceId, nodeId, portA, vlanA, portB, vlanB, rate);
    }
}
