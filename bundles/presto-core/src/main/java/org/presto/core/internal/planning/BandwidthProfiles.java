package org.presto.core.internal.planning;

import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.BwpFlow;
import org.presto.model.Capacity;
import org.presto.model.ColorMode;
import org.presto.spi.BandwidthProfile;

/**
 * A MEF bandwidth profile flow of an end point (mef-common:bwp-flow: rates in bit/s, bursts in bytes) as the profile
 * the devices enforce, checked as MEF 10.4 section 12 asks and against the port: what no policer can honour is
 * refused with the member that says it.
 */
public final class BandwidthProfiles {
    private BandwidthProfiles() {
    }

    /**
     * The profile of a flow at a UNI.
     *
     * @param path the flow's member path, for errors
     * @param maxFrameBytes the largest frame the service carries there (a burst size below it lets no such frame pass)
     * @param portSpeed the UNI's capacity, or null where unknown
     */
    static BandwidthProfile of(BwpFlow flow, String path, long maxFrameBytes, Capacity portSpeed) {
        long cir = value(flow.cir());
        long eir = value(flow.eir());
        if (cir == 0 && eir == 0) {
            throw invalid(path + "/cir", "a bandwidth profile flow lets some rate through: cir or eir above 0");
        }
        check(flow.cirMax(), cir, path + "/cir-max", "cir-max is at least the cir");
        check(flow.eirMax(), eir, path + "/eir-max", "eir-max is at least the eir");
        long cbs = flow.cbs() != null ? flow.cbs() : cir == 0 ? 0 : BandwidthProfile.committed(cir).cbsBytes();
        long ebs = flow.ebs() != null ? flow.ebs() : eir == 0 ? 0 : BandwidthProfile.committed(eir).cbsBytes();
        burst(cir, cbs, path + "/cbs", "cir", maxFrameBytes);
        burst(eir, ebs, path + "/ebs", "eir", maxFrameBytes);
        if (flow.tokenRequestOffset() != null && flow.tokenRequestOffset() != 0) {
            throw new PrestoException(Reason.CONFLICT, path + "/token-request-offset", "the network's policers "
                    + "count each frame's own bytes; a token-request-offset of " + flow.tokenRequestOffset()
                    + " cannot be honoured, leave it out or 0");
        }
        if (portSpeed != null && portSpeed.toKbps() > 0 && cir + eir > portSpeed.toKbps() * 1000) {
            throw new PrestoException(Reason.CONFLICT, path + (eir > 0 ? "/eir" : "/cir"), "cir + eir of "
                    + (cir + eir) + " bit/s is above the " + portSpeed.toKbps() * 1000 + " bit/s the port carries");
        }
        boolean coupled = Boolean.TRUE.equals(flow.couplingFlag()) || flow.envelope() != null
                && Boolean.TRUE.equals(flow.envelope().couplingFlagForIndexZero());
        return new BandwidthProfile(cir, cbs, eir, ebs, flow.colorMode() == ColorMode.COLOR_AWARE, coupled);
    }

    private static long value(Long bitsPerSecond) {
        return bitsPerSecond == null ? 0 : bitsPerSecond;
    }

    private static void check(Long max, long rate, String path, String rule) {
        if (max != null && max < rate) {
            throw invalid(path, rule + " (" + rate + " bit/s), not " + max);
        }
    }

    /** MEF 10.4 (R138, R139): a burst size at least the largest frame, where its rate is above 0. */
    private static void burst(long rate, long burst, String path, String rateMember, long maxFrameBytes) {
        if (rate > 0 && burst < maxFrameBytes) {
            throw invalid(path, "with a " + rateMember + " above 0 the burst size is at least the largest frame the "
                    + "service carries (" + maxFrameBytes + " bytes), not " + burst);
        }
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
