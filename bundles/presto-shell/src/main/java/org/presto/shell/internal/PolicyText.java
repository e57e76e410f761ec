package org.presto.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.DscpClass;
import org.presto.spi.PcpClass;
import org.presto.spi.UniPolicy;

/**
 * The policies of an entry for a console column: {@code <port>: max <bytes> B, in <cir>/<cbs> + <eir>/<ebs>,
 * out ...}, rates in bit/s with SI prefixes, bursts in bytes; {@code -} for none.
 */
final class PolicyText {
    private PolicyText() {
    }

    static String of(Map<String, UniPolicy> policies, Map<String, String> portNames) {
        if (policies.isEmpty()) {
            return "-";
        }
        return policies.entrySet().stream().map(e -> portNames.getOrDefault(e.getKey(), e.getKey()) + ": "
                + of(e.getValue())).collect(Collectors.joining("; "));
    }

    private static String of(UniPolicy policy) {
        List<String> parts = new java.util.ArrayList<>();
        if (policy.maxFrameBytes() > 0) {
            parts.add("max " + policy.maxFrameBytes() + " B");
        }
        if (policy.ingress() != null) {
            parts.add("in " + of(policy.ingress()));
        }
        if (policy.egress() != null) {
            parts.add("out " + of(policy.egress()));
        }
        if (!policy.ingressClasses().isEmpty()) {
            parts.add("in by PCP " + of(policy.ingressClasses()));
        }
        if (!policy.egressClasses().isEmpty()) {
            parts.add("out by PCP " + of(policy.egressClasses()));
        }
        if (!policy.ingressDscpClasses().isEmpty()) {
            parts.add("in by DSCP " + dscp(policy.ingressDscpClasses()));
        }
        if (!policy.egressDscpClasses().isEmpty()) {
            parts.add("out by DSCP " + dscp(policy.egressDscpClasses()));
        }
        if (policy.sourceMacLimit() != null) {
            parts.add("source MACs " + policy.sourceMacLimit().addresses() + " per "
                    + policy.sourceMacLimit().agingMillis() + " ms");
        }
        if (!policy.egressMarking().isNone()) {
            // e.g. 'marks 5/0>3/0 5/1>discard': PCP/DEI as the frame arrives, then as it leaves
            parts.add("marks " + policy.egressMarking().rewrites().stream().map(r -> r.from() + ">"
                    + (r.discards() ? "discard" : r.to())).collect(Collectors.joining(" ")));
        }
        return String.join(", ", parts);
    }

    /** e.g. {@code H 5,6,7 10M/12176 B | L 0,3,4 unpoliced}; PCP values in no class are discarded. */
    private static String of(List<PcpClass> classes) {
        return classes.stream().map(c -> c.name() + " " + c.pcpValues().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + " " + (c.profile() == null ? "unpoliced" : of(c.profile())))
                .collect(Collectors.joining(" | "));
    }

    /** e.g. {@code EF v4 46 v6 46 10M/12176 B | BE v4 0-45,47-63 v6 0-45,47-63 unpoliced}. */
    private static String dscp(List<DscpClass> classes) {
        return classes.stream().map(c -> c.name()
                + (c.ipv4Values().isEmpty() ? "" : " v4 " + ranges(c.ipv4Values()))
                + (c.ipv6Values().isEmpty() ? "" : " v6 " + ranges(c.ipv6Values())) + " "
                + (c.profile() == null ? "unpoliced" : of(c.profile()))).collect(Collectors.joining(" | "));
    }

    /** Sorted values as ranges: 0-45,47-63. */
    private static String ranges(java.util.Set<Integer> values) {
        List<String> ranges = new java.util.ArrayList<>();
        List<Integer> sorted = values.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            int from = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            ranges.add(from == sorted.get(i) ? String.valueOf(from) : from + "-" + sorted.get(i));
        }
        return String.join(",", ranges);
    }

    private static String of(BandwidthProfile profile) {
        String committed = rate(profile.cirBps()) + "/" + profile.cbsBytes() + " B";
        return profile.eirBps() == 0 ? committed : committed + " + " + rate(profile.eirBps()) + "/"
                + profile.ebsBytes() + " B";
    }

    private static String rate(long bitsPerSecond) {
        if (bitsPerSecond >= 1_000_000_000 && bitsPerSecond % 1_000_000_000 == 0) {
            return bitsPerSecond / 1_000_000_000 + "G";
        }
        if (bitsPerSecond >= 1_000_000 && bitsPerSecond % 1_000_000 == 0) {
            return bitsPerSecond / 1_000_000 + "M";
        }
        if (bitsPerSecond >= 1_000 && bitsPerSecond % 1_000 == 0) {
            return bitsPerSecond / 1_000 + "k";
        }
        return Long.toString(bitsPerSecond);
    }
}
