package org.presto.pce;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The 12.5 GHz slots taken on each link: an immutable snapshot, built once per state of the network and shared by
 * every request made in that state.
 */
public final class SpectrumMap {
    public static final SpectrumMap EMPTY = new SpectrumMap(Map.of());

    private final Map<String, BitSet> taken;
    private volatile int[] usage;

    private SpectrumMap(Map<String, BitSet> taken) {
        this.taken = taken;
    }

    /** A snapshot of the slots (0 to 383) taken per link uuid; later changes to the given sets do not show. */
    public static SpectrumMap of(Map<String, BitSet> takenSlots) {
        Map<String, BitSet> copy = new HashMap<>();
        takenSlots.forEach((link, slots) -> {
            if (slots.nextSetBit(SpectrumGrid.SLOTS) >= 0) {
                throw new IllegalArgumentException("link " + link + " has slots beyond " + (SpectrumGrid.SLOTS - 1));
            }
            copy.put(link, (BitSet) slots.clone());
        });
        return new SpectrumMap(copy);
    }

    /** Adds the slots taken on a link to a set. */
    public void addTaken(String linkId, BitSet into) {
        BitSet slots = taken.get(linkId);
        if (slots != null) {
            into.or(slots);
        }
    }

    /** Whether a slot is taken on a link. */
    public boolean isTaken(String linkId, int slot) {
        BitSet slots = taken.get(linkId);
        return slots != null && slots.get(slot);
    }

    /** On how many links each slot is taken. */
    public int usage(int slot) {
        int[] counts = usage;
        if (counts == null) {
            counts = new int[SpectrumGrid.SLOTS];
            for (BitSet slots : taken.values()) {
                for (int s = slots.nextSetBit(0); s >= 0; s = slots.nextSetBit(s + 1)) {
                    counts[s]++;
                }
            }
            usage = counts;
        }
        return counts[slot];
    }
}
