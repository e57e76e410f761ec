package org.presto.spi;

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
 * @param ingress the profile of frames entering at the port, or null for none
 * @param egress the profile of frames leaving at the port, or null for none
 */
public record UniPolicy(int maxFrameBytes, BandwidthProfile ingress, BandwidthProfile egress) {
    /** No limit on size, no policing. */
    public static final UniPolicy NONE = new UniPolicy(0, null, null);

    /** The smallest maximum frame size a UNI may carry (MEF 10.4: 1 522 bytes). */
    public static final int MIN_MAX_FRAME_BYTES = 1522;

    public UniPolicy {
        if (maxFrameBytes < 0) {
            throw new IllegalArgumentException("a maximum frame size is 0 (none) or more, not " + maxFrameBytes);
        }
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
        return isNone() ? "none" : "max frame " + maxFrameBytes + " B, ingress " + Objects.toString(ingress, "none")
                + ", egress " + Objects.toString(egress, "none");
    }
}
