package org.presto.pce;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What spectrum a photonic path needs and what is taken already.
 *
 * @param grid           the grid the channel is on
 * @param widthMhz       the channel's width: at most 50 GHz on the fixed grid, any on the flexible one
 * @param policy         which free slots to take
 * @param occupiedSlots  per link uuid, the 12.5 GHz slots (0 to 383) services already use on it
 */
public record SpectrumRequest(SpectrumGrid grid, long widthMhz, SpectrumPolicy policy,
                              Map<String, BitSet> occupiedSlots) {
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
        Map<String, BitSet> copy = new HashMap<>();
        if (occupiedSlots != null) {
            occupiedSlots.forEach((link, slots) -> copy.put(link, (BitSet) slots.clone()));
        }
        occupiedSlots = java.util.Collections.unmodifiableMap(copy);
    }

    /** How many slots the channel takes. */
    public int slots() {
        return grid.slotsFor(widthMhz);
    }
}
