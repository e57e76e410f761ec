package org.presto.spi;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class of one service's frames at a UNI, told apart by the DSCP of the IP packet a frame carries, and the
 * bandwidth profile that polices the class: MEF 10.4's Class of Service Name (ingress) or Egress Equivalence Class
 * (egress) identified by DSCP. A frame whose packet's DSCP is in no class is discarded. A frame that carries no IP
 * packet (ARP, for one) is in the class that holds IPv4 DSCP 0: MEF's model gives such frames no class of their own,
 * and DSCP 0 is the default per-hop behaviour (RFC 2474).
 *
 * @param name the class's name, as the service names it ({@code cos-name}, {@code eec-name})
 * @param ipv4Values the DSCP values (0 to 63) of IPv4 packets in the class
 * @param ipv6Values the DSCP values (0 to 63) of IPv6 packets in the class; at least one of the two is not empty
 * @param profile the profile the class's frames are policed to; null: they pass unpoliced
 * @since 4.1
 */
public record DscpClass(String name, Set<Integer> ipv4Values, Set<Integer> ipv6Values, BandwidthProfile profile) {
    public DscpClass {
        Objects.requireNonNull(name, "name");
        ipv4Values = values(name, ipv4Values);
        ipv6Values = values(name, ipv6Values);
        if (ipv4Values.isEmpty() && ipv6Values.isEmpty()) {
            throw new IllegalArgumentException("class " + name + " holds no DSCP value");
        }
    }

    private static Set<Integer> values(String name, Set<Integer> values) {
        if (values == null) {
            return Set.of();
        }
        for (int dscp : values) {
            if (dscp < 0 || dscp > 63) {
                throw new IllegalArgumentException("class " + name + ": a DSCP is 0 to 63, not " + dscp);
            }
        }
        // sorted, so that equal classes print alike
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }

    /** Whether frames without an IP packet are in this class: it holds IPv4 DSCP 0. */
    public boolean takesNonIpFrames() {
        return ipv4Values.contains(0);
    }

    @Override
    public String toString() {
        return name + " IPv4 " + ipv4Values + " IPv6 " + ipv6Values + " " + Objects.toString(profile, "unpoliced");
    }
}
