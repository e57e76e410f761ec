package org.presto.pce;

import java.util.BitSet;
import java.util.Objects;

/**
 * What spectrum a photonic path needs, and what is taken already.
 *
 * @param grid     the grid the channel is on
 * @param widthMhz the channel's width: at most 50 GHz on the fixed grid, any on the flexible one
 * @param policy   which free slots to take
 * @param taken    the slots services already use, per link
 * @param takenAtEnds slots not free at the path's ends whatever the route (e.g. used on the add/drop ports), or null
 */
public record SpectrumRequest(SpectrumGrid grid, long widthMhz, SpectrumPolicy policy, SpectrumMap taken,
                              BitSet takenAtEnds) {
    /** How free slots are chosen among those free on every link of a path. */
    public enum SpectrumPolicy {
        /** The lowest free slots: simple, and packs spectrum at one end of the band. */
        FIRST_FIT,
        /** The free slots most used elsewhere in the network, which keeps wide free blocks for later requests. */
        MOST_USED
    }

    public SpectrumRequest {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(policy, "policy");
        grid.slotsFor(widthMhz);
        taken = taken == null ? SpectrumMap.EMPTY : taken;
        takenAtEnds = takenAtEnds == null ? new BitSet() : (BitSet) takenAtEnds.clone();
    }

    /** A request with nothing taken at the ends beyond the links. */
    public SpectrumRequest(SpectrumGrid grid, long widthMhz, SpectrumPolicy policy, SpectrumMap taken) {
        this(grid, widthMhz, policy, taken, null);
    }

    /** A copy: the request stays as it was made. */
    @Override
    public BitSet takenAtEnds() {
        return (BitSet) takenAtEnds.clone();
    }

    /** How many slots the channel takes. */
    public int slots() {
        return grid.slotsFor(widthMhz);
    }
}
