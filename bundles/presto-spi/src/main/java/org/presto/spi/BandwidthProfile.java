package org.presto.spi;

/**
 * A bandwidth profile as MEF 10.4 (section 12) defines it for one flow: a two-rate, three-colour token bucket
 * policer. A frame that finds enough tokens in the committed bucket (filled at {@code cirBps}, holding at most
 * {@code cbsBytes}) is green and delivered; else one that finds them in the excess bucket ({@code eirBps},
 * {@code ebsBytes}) is yellow, delivered with its drop eligibility set (DEI); else it is red and discarded. With
 * {@code eirBps} 0 it is a single-rate policer: what exceeds the committed rate is discarded.
 *
 * <p>Colour-blind unless {@code colourAware}: a colour-aware profile treats frames that arrive marked yellow as
 * yellow whatever the committed bucket holds, a frame's colour on arrival being the DEI of its C-tag (MEF's DEI
 * colour identifier; Presto asks for no other). With {@code coupled} (MEF's coupling flag 1), committed tokens that
 * overflow the full committed bucket fill the excess bucket.
 *
 * @param cirBps committed information rate in bit/s, 0 or more
 * @param cbsBytes committed burst size in bytes; at least one frame's worth when {@code cirBps} is above 0
 * @param eirBps excess information rate in bit/s, 0 or more
 * @param ebsBytes excess burst size in bytes; at least one frame's worth when {@code eirBps} is above 0
 * @param colourAware whether frames' colour on arrival counts (MEF color mode color-aware)
 * @param coupled whether overflowing committed tokens become excess ones (MEF coupling flag)
 */
public record BandwidthProfile(long cirBps, long cbsBytes, long eirBps, long ebsBytes, boolean colourAware,
                               boolean coupled) {
    /** The committed burst size MEF 10.4 asks at least of a profile whose CIR is above 0: 12 176 bytes. */
    public static final long MIN_BURST_BYTES = 12_176;

    public BandwidthProfile {
        if (cirBps < 0 || eirBps < 0 || cbsBytes < 0 || ebsBytes < 0) {
            throw new IllegalArgumentException("rates and burst sizes are 0 or more, not CIR " + cirBps + " CBS "
                    + cbsBytes + " EIR " + eirBps + " EBS " + ebsBytes);
        }
        if (cirBps == 0 && eirBps == 0) {
            throw new IllegalArgumentException("a bandwidth profile lets some rate through: CIR or EIR above 0");
        }
        if (cirBps > 0 && cbsBytes == 0 || eirBps > 0 && ebsBytes == 0) {
            throw new IllegalArgumentException("a rate above 0 needs a burst size above 0: CIR " + cirBps + " CBS "
                    + cbsBytes + ", EIR " + eirBps + " EBS " + ebsBytes);
        }
    }

    /** A colour-blind single-rate profile: {@code cirBps} with MEF's smallest committed burst or 20 ms of it. */
    public static BandwidthProfile committed(long cirBps) {
        return new BandwidthProfile(cirBps, Math.max(MIN_BURST_BYTES, cirBps / 8 / 50), 0, 0, false, false);
    }

    /** Whether frames beyond the committed rate may still pass, marked yellow. */
    public boolean twoRate() {
        return eirBps > 0;
    }
}
