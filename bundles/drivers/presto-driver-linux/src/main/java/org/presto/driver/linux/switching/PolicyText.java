package org.presto.driver.linux.switching;

import java.util.ArrayList;
import java.util.List;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.UniPolicy;

/**
 * A policy as the catalog's element comment keeps it (nftables allows 128 bytes there):
 * {@code m<max frame> i<cir>/<cbs>/<eir>/<ebs> e<cir>/<cbs>/<eir>/<ebs>}, rates in bit/s and bursts in bytes, each part
 * present only where the policy has it. Colour-aware and coupled profiles are not kept: this data plane does not
 * enforce them and refuses them before they get here.
 */
public final class PolicyText {
    private PolicyText() {
    }

    public static String write(UniPolicy policy) {
        List<String> parts = new ArrayList<>();
        if (policy.maxFrameBytes() > 0) {
            parts.add("m" + policy.maxFrameBytes());
        }
        if (policy.ingress() != null) {
            parts.add("i" + profile(policy.ingress()));
        }
        if (policy.egress() != null) {
            parts.add("e" + profile(policy.egress()));
        }
        return String.join(" ", parts);
    }

    private static String profile(BandwidthProfile p) {
        return p.cirBps() + "/" + p.cbsBytes() + "/" + p.eirBps() + "/" + p.ebsBytes();
    }

    public static UniPolicy read(String text) {
        int maxFrame = 0;
        BandwidthProfile ingress = null;
        BandwidthProfile egress = null;
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            switch (part.charAt(0)) {
                case 'm' -> maxFrame = Integer.parseInt(part.substring(1));
                case 'i' -> ingress = profile(part.substring(1));
                case 'e' -> egress = profile(part.substring(1));
                default -> throw new IllegalArgumentException("'" + text + "' is not a policy of this driver");
            }
        }
        return new UniPolicy(maxFrame, ingress, egress);
    }

    private static BandwidthProfile profile(String text) {
        String[] f = text.split("/");
        if (f.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not cir/cbs/eir/ebs");
        }
        return new BandwidthProfile(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                Long.parseLong(f[3]), false, false);
    }
}
