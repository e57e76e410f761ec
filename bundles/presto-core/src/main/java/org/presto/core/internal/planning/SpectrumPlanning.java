package org.presto.core.internal.planning;

import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.pce.SpectrumRequest.SpectrumPolicy;
import org.presto.pce.SpectrumRequest;

/**
 * How photonic services get spectrum: the grid the network's ROADMs switch, the slot policy, and the channel width
 * a capacity needs. The widths are those of common coherent transceivers: up to 100 Gbit/s in 50 GHz, 200 Gbit/s in
 * 62.5 GHz, 400 Gbit/s in 75 GHz (400ZR) and 800 Gbit/s in 112.5 GHz; the fixed grid has 50 GHz channels only.
 */
public record SpectrumPlanning(SpectrumGrid grid, SpectrumPolicy policy) {
    public static final SpectrumPlanning DEFAULT = new SpectrumPlanning(SpectrumGrid.FLEX_12_5_GHZ,
            SpectrumPolicy.FIRST_FIT);

    private static final long GBPS = 1_000_000;
    private static final long[][] WIDTHS = {
        {100 * GBPS, 50_000}, {200 * GBPS, 62_500}, {400 * GBPS, 75_000}, {800 * GBPS, 112_500}};

    /** The width in MHz of the channel a service of this capacity needs (50 GHz when it asks none). */
    public long widthMhz(long kbps) {
        for (long[] width : WIDTHS) {
            if (kbps <= width[0]) {
                if (grid == SpectrumGrid.FIXED_50_GHZ && width[1] > 50_000) {
                    throw new PrestoException(Reason.INVALID_INPUT, "conn-constraint/requested-capacity",
                            "on the 50 GHz fixed grid a channel carries at most 100 Gbit/s, not " + kbps / GBPS
                                    + " Gbit/s");
                }
                return width[1];
            }
        }
        throw new PrestoException(Reason.INVALID_INPUT, "conn-constraint/requested-capacity", "a photonic "
                + "service carries at most 800 Gbit/s on one channel, not " + kbps / GBPS + " Gbit/s");
    }

    public SpectrumRequest request(long kbps, SpectrumMap taken, java.util.BitSet takenAtEnds) {
        return new SpectrumRequest(grid, widthMhz(kbps), policy, taken, takenAtEnds);
    }
}
