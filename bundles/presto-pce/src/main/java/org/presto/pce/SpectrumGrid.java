package org.presto.pce;

/**
 * The DWDM grids of ITU-T G.694.1 over the C band (191.325 to 196.125 THz, 4.8 THz), both counted in 12.5 GHz
 * slots (384 of them) so that channels of either grid can share a link's spectrum map.
 */
public enum SpectrumGrid {
    /** 96 channels of 50 GHz: a channel is 4 slots starting at a multiple of 4. */
    FIXED_50_GHZ(4),
    /** Flexible grid: a media channel is any whole number of contiguous 12.5 GHz slots. */
    FLEX_12_5_GHZ(1);

    /** Slots in the band. */
    public static final int SLOTS = 384;
    /** Width of a slot in MHz. */
    public static final long SLOT_MHZ = 12_500;
    /** The lower edge of slot 0 in MHz. */
    public static final long LOWEST_MHZ = 191_325_000;

    private final int alignment;

    SpectrumGrid(int alignment) {
        this.alignment = alignment;
    }

    /** Where a channel may start: every slot on the flexible grid, every fourth on the 50 GHz grid. */
    public int alignment() {
        return alignment;
    }

    /** The slots a channel of this width takes: one 50 GHz channel (width at most 50 GHz), or enough slots. */
    public int slotsFor(long widthMhz) {
        if (widthMhz <= 0) {
            throw new IllegalArgumentException("a channel width is positive, not " + widthMhz + " MHz");
        }
        if (this == FIXED_50_GHZ) {
            if (widthMhz > 4 * SLOT_MHZ) {
                throw new IllegalArgumentException(widthMhz + " MHz does not fit a 50 GHz channel");
            }
            return 4;
        }
        if (widthMhz > SLOTS * SLOT_MHZ) {
            throw new IllegalArgumentException(widthMhz + " MHz is wider than the C band (" + SLOTS * SLOT_MHZ
                    + " MHz)");
        }
        return (int) ((widthMhz + SLOT_MHZ - 1) / SLOT_MHZ);
    }
}
