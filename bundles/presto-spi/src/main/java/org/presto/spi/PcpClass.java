package org.presto.spi;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class of one service's frames at a UNI, told apart by the priority code point (PCP) of their C-tag, and the
 * bandwidth profile that polices the class: MEF 10.4's Class of Service Name of an EVC end point (ingress) or its
 * Egress Equivalence Class (egress), with a bandwidth profile flow per class.
 *
 * @param name the class's name, as the service names it ({@code cos-name}, {@code eec-name})
 * @param pcpValues the PCP values (0 to 7) of the class's frames, at least one
 * @param profile the profile the class's frames are policed to; null: they pass unpoliced
 * @since 3.2
 */
public record PcpClass(String name, Set<Integer> pcpValues, BandwidthProfile profile) {
    public PcpClass {
        Objects.requireNonNull(name, "name");
        if (pcpValues == null || pcpValues.isEmpty()) {
            throw new IllegalArgumentException("class " + name + " holds no PCP value");
        }
        for (int pcp : pcpValues) {
            if (pcp < 0 || pcp > 7) {
                throw new IllegalArgumentException("class " + name + ": a PCP is 0 to 7, not " + pcp);
            }
        }
        // sorted, so that equal classes print alike
        pcpValues = java.util.Collections.unmodifiableSet(new TreeSet<>(pcpValues));
    }

    @Override
    public String toString() {
        return name + " " + pcpValues + " " + Objects.toString(profile, "unpoliced");
    }
}
