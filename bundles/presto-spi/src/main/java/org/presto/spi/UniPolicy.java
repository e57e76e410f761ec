package org.presto.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a node does with one service's frames at one of its customer ports (a UNI): the largest frame it carries and
 * the bandwidth profiles it enforces on frames entering the network there (ingress) and on frames the service
 * delivers there (egress), as MEF 10.4 defines them per EVC end point. A port of an entry that has no policy (a
 * trunk between nodes, or a UNI of a service that asks for none) carries frames unpoliced, up to whatever size the
 * port takes.
 *
 * @param maxFrameBytes the largest frame carried, in bytes from destination address to FCS with its C-tag (MEF's EVC
 *                      maximum frame size); larger frames entering at the port are discarded; 0 for no limit
 * @param ingress the profile of all frames entering at the port, or null for none
 * @param egress the profile of all frames leaving at the port, or null for none
 * @param ingressClasses the classes of frames entering at the port by their PCP, each policed to its own profile
 *                       (since 3.2), by name; a frame whose PCP is in no class is discarded. Empty: no classes.
 *                       Not with {@code ingress}
 * @param egressClasses the classes of frames leaving at the port by their PCP, likewise (since 3.2); not with
 *                      {@code egress}
 * @param sourceMacLimit how many source MAC addresses the service's entering frames may come from, or null for any
 *                       number (since 3.2)
 * @param egressMarking how the PCP and DEI of the service's frames are written as they leave at the port (MEF 10.4's
 *                      egress map), after egress policing; {@link EgressMarking#NONE} (also for null) for as they
 *                      came (since 4.1)
 * @param ingressDscpClasses the classes of frames entering at the port by the DSCP of their IP packet, each policed
 *                           to its own profile (since 4.1); a frame whose DSCP is in no class is discarded. Not with
 *                           {@code ingress} or {@code ingressClasses}
 * @param egressDscpClasses the classes of frames leaving at the port by their DSCP, likewise (since 4.1)
 */
public record UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress,
                        List<PcpClass> ingressClasses, List<PcpClass> egressClasses, SourceMacLimit sourceMacLimit,
                        EgressMarking egressMarking, List<DscpClass> ingressDscpClasses,
                        List<DscpClass> egressDscpClasses) {
    /** No limit on size, no policing. */
    public static final UniPolicy NONE = new UniPolicy(0, null, null);

    /** The smallest maximum frame size a UNI may carry (MEF 10.4: 1 522 bytes). */
    public static final int MIN_MAX_FRAME_BYTES = 1522;

    public UniPolicy {
        if (maxFrameBytes < 0) {
            throw new IllegalArgumentException("a maximum frame size is 0 (none) or more, not " + maxFrameBytes);
        }
        // a policy stored before 3.2 has no classes
        ingressClasses = classes(ingressClasses, ingress, "ingress");
        egressClasses = classes(egressClasses, egress, "egress");
        // a policy stored before 4.1 has no marking and no classes by DSCP
        egressMarking = egressMarking == null ? EgressMarking.NONE : egressMarking;
        ingressDscpClasses = UniPolicies.dscpClasses(ingressDscpClasses, ingress != null || !ingressClasses.isEmpty(),
                "ingress");
        egressDscpClasses = UniPolicies.dscpClasses(egressDscpClasses, egress != null || !egressClasses.isEmpty(),
                "egress");
    }

    /** A policy without classes by DSCP. */
    public UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress,
                     List<PcpClass> ingressClasses, List<PcpClass> egressClasses, SourceMacLimit sourceMacLimit,
                     EgressMarking egressMarking) {
        this(maxFrameBytes, ingress, egress, ingressClasses, egressClasses, sourceMacLimit, egressMarking, null,
                null);
    }

    /** A policy without egress marking or classes by DSCP. */
    public UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress,
                     List<PcpClass> ingressClasses, List<PcpClass> egressClasses, SourceMacLimit sourceMacLimit) {
        this(maxFrameBytes, ingress, egress, ingressClasses, egressClasses, sourceMacLimit, EgressMarking.NONE);
    }

    /** Only classes by DSCP, in either direction (empty: none). Since 4.1. */
    public static UniPolicy byDscp(List<DscpClass> ingress, List<DscpClass> egress) {
        return new UniPolicy(0, null, null, List.of(), List.of(), null, null, ingress, egress);
    }

    /** A policy without classes or a source MAC address limit. */
    public UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress) {
        this(maxFrameBytes, ingress, egress, List.of(), List.of(), null);
    }

    /** A policy without a source MAC address limit. */
    public UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress,
                     List<PcpClass> ingressClasses, List<PcpClass> egressClasses) {
        this(maxFrameBytes, ingress, egress, ingressClasses, egressClasses, null);
    }

    /** This policy with a source MAC address limit (null: none). */
    public UniPolicy withSourceMacLimit(SourceMacLimit limit) {
        return new UniPolicy(maxFrameBytes, ingress, egress, ingressClasses, egressClasses, limit, egressMarking,
                ingressDscpClasses, egressDscpClasses);
    }

    /** This policy with another egress marking (null: none). Since 4.1. */
    public UniPolicy withEgressMarking(EgressMarking marking) {
        return new UniPolicy(maxFrameBytes, ingress, egress, ingressClasses, egressClasses, sourceMacLimit, marking,
                ingressDscpClasses, egressDscpClasses);
    }

    private static List<PcpClass> classes(List<PcpClass> classes, BandwidthProfile whole, String direction) {
        if (classes == null || classes.isEmpty()) {
            return List.of();
        }
        if (whole != null) {
            throw new IllegalArgumentException("an " + direction + " profile for all frames and " + direction
                    + " classes exclude each other");
        }
        Set<Integer> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PcpClass cls : classes) {
            if (!names.add(cls.name())) {
                throw new IllegalArgumentException("two " + direction + " classes are named " + cls.name());
            }
            for (int pcp : cls.pcpValues()) {
                if (!seen.add(pcp)) {
                    throw new IllegalArgumentException("PCP " + pcp + " is in two " + direction + " classes");
                }
            }
        }
        // by name, so that equal policies are equal however a device lists their classes
        return classes.stream().sorted(java.util.Comparator.comparing(PcpClass::name)).toList();
    }

    /** Only a single-rate ingress policer at {@code cirBps}; {@link #NONE} for 0. */
    public static UniPolicy committed(long cirBps) {
        return cirBps == 0 ? NONE : new UniPolicy(0, BandwidthProfile.committed(cirBps), null);
    }

    /** Whether it limits nothing. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** Whether a driver with these capabilities can enforce the policy. */
    public boolean enforceableWith(Set<Capability> capabilities) {
        return capabilities.containsAll(Capability.neededFor(this));
    }

    @Override
    public String toString() {
        return isNone() ? "none" : "max frame " + maxFrameBytes + " B, ingress "
                + (ingressClasses.isEmpty() ? Objects.toString(ingress, "none") : "by PCP " + ingressClasses)
                + ", egress " + (egressClasses.isEmpty() ? Objects.toString(egress, "none") : "by PCP "
                + egressClasses) + (sourceMacLimit == null ? "" : ", source MACs " + sourceMacLimit)
                + (egressMarking.isNone() ? "" : ", egress marking " + egressMarking)
                + (ingressDscpClasses.isEmpty() ? "" : ", ingress by DSCP " + ingressDscpClasses)
                + (egressDscpClasses.isEmpty() ? "" : ", egress by DSCP " + egressDscpClasses);
    }
}
