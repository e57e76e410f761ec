package org.presto.pce;

/**
 * Contiguous 12.5 GHz slots of the C band, the same on every link of a path (spectrum continuity).
 *
 * @param firstSlot the lowest slot, from 0 (its lower edge at 191.325 THz)
 * @param slotCount how many slots
 */
public record SpectrumSlice(int firstSlot, int slotCount) {
    public SpectrumSlice {
        if (firstSlot < 0 || slotCount < 1 || firstSlot + slotCount > SpectrumGrid.SLOTS) {
            throw new IllegalArgumentException("slots " + firstSlot + " to " + (firstSlot + slotCount - 1)
                    + " are not within 0 to " + (SpectrumGrid.SLOTS - 1));
        }
    }

    public long lowerFrequencyMhz() {
        return SpectrumGrid.LOWEST_MHZ + firstSlot * SpectrumGrid.SLOT_MHZ;
    }

    public long upperFrequencyMhz() {
        return lowerFrequencyMhz() + slotCount * SpectrumGrid.SLOT_MHZ;
    }

    public long centralFrequencyMhz() {
        return lowerFrequencyMhz() + slotCount * SpectrumGrid.SLOT_MHZ / 2;
    }

    /** Whether the two share a slot. */
    public boolean overlaps(SpectrumSlice other) {
        return firstSlot < other.firstSlot + other.slotCount && other.firstSlot < firstSlot + slotCount;
    }
}
