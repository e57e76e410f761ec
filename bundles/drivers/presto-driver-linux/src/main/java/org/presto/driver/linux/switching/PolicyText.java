package org.presto.driver.linux.switching;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.EgressMarking;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

/**
 * A policy as text: {@code m<max frame> i<cir>/<cbs>/<eir>/<ebs> e<cir>/<cbs>/<eir>/<ebs> s<addresses>/<ms>} for
 * the policy as a whole, rates in bit/s and bursts in bytes, the source MAC limit's aging in ms, each part present only
 * where the policy has it, and a part per class:
 * {@code ci:<name>:<pcp,...>:<cir>/<cbs>/<eir>/<ebs>} for an ingress class ({@code co:} egress; {@code -} for an
 * unpoliced class), the name URL-encoded so that it holds no separator, and a part for the egress marking:
 * {@code k:<pcp><dei>><pcp><dei>,...} ({@code x} after {@code >} for a discard, e.g. {@code k:50>30,51>x}). The
 * catalog keeps the whole part and each other part in elements of their own, as nftables keeps 128 bytes of an
 * element's comment. Colour-aware and coupled
 * profiles are not kept: this data plane does not enforce them and refuses them before they get here.
 */
public final class PolicyText {
    private static final String INGRESS_CLASS = "ci:";
    private static final String EGRESS_CLASS = "co:";
    private static final String MARKING = "k:";

    private PolicyText() {
    }

    /** The whole policy, classes included. */
    public static String write(UniPolicy policy) {
        List<String> parts = new ArrayList<>();
        String whole = writeWhole(policy);
        if (!whole.isEmpty()) {
            parts.add(whole);
        }
        parts.addAll(classes(policy));
        return String.join(" ", parts);
    }

    /** The policy without its classes. */
    public static String writeWhole(UniPolicy policy) {
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
        if (policy.sourceMacLimit() != null) {
            parts.add("s" + policy.sourceMacLimit().addresses() + "/" + policy.sourceMacLimit().agingMillis());
        }
        return String.join(" ", parts);
    }

    /** Each class of the policy, ingress then egress, then its egress marking. */
    public static List<String> classes(UniPolicy policy) {
        List<String> parts = new ArrayList<>();
        policy.ingressClasses().forEach(c -> parts.add(INGRESS_CLASS + pcpClass(c)));
        policy.egressClasses().forEach(c -> parts.add(EGRESS_CLASS + pcpClass(c)));
        if (!policy.egressMarking().isNone()) {
            parts.add(MARKING + policy.egressMarking().rewrites().stream().map(r -> "" + r.from().pcp()
                    + r.from().dei() + ">" + (r.discards() ? "x" : "" + r.to().pcp() + r.to().dei()))
                    .collect(Collectors.joining(",")));
        }
        return parts;
    }

    private static EgressMarking marking(String part) {
        List<EgressMarking.Rewrite> rewrites = new ArrayList<>();
        for (String rewrite : part.substring(MARKING.length()).split(",")) {
            if (!rewrite.matches("[0-7][01]>([0-7][01]|x)")) {
                throw new IllegalArgumentException("'" + part + "' is not an egress marking of this driver");
            }
            rewrites.add(new EgressMarking.Rewrite(priority(rewrite.substring(0, 2)), rewrite.endsWith("x") ? null
                    : priority(rewrite.substring(3))));
        }
        return new EgressMarking(rewrites);
    }

    private static EgressMarking.Priority priority(String pcpAndDei) {
        return new EgressMarking.Priority(pcpAndDei.charAt(0) - '0', pcpAndDei.charAt(1) - '0');
    }

    private static String pcpClass(PcpClass pcpClass) {
        return URLEncoder.encode(pcpClass.name(), StandardCharsets.UTF_8) + ":"
                + pcpClass.pcpValues().stream().map(String::valueOf).collect(Collectors.joining(",")) + ":"
                + (pcpClass.profile() == null ? "-" : profile(pcpClass.profile()));
    }

    private static String profile(BandwidthProfile p) {
        return p.cirBps() + "/" + p.cbsBytes() + "/" + p.eirBps() + "/" + p.ebsBytes();
    }

    public static UniPolicy read(String text) {
        int maxFrame = 0;
        BandwidthProfile ingress = null;
        BandwidthProfile egress = null;
        SourceMacLimit macLimit = null;
        List<String> classes = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith(INGRESS_CLASS) || part.startsWith(EGRESS_CLASS) || part.startsWith(MARKING)) {
                classes.add(part);
                continue;
            }
            switch (part.charAt(0)) {
                case 'm' -> maxFrame = Integer.parseInt(part.substring(1));
                case 'i' -> ingress = profile(part.substring(1));
                case 'e' -> egress = profile(part.substring(1));
                case 's' -> {
                    String[] limit = part.substring(1).split("/");
                    macLimit = new SourceMacLimit(Integer.parseInt(limit[0]), Long.parseLong(limit[1]));
                }
                default -> throw new IllegalArgumentException("'" + text + "' is not a policy of this driver");
            }
        }
        return withClasses(new UniPolicy(maxFrame, ingress, egress).withSourceMacLimit(macLimit), classes);
    }

    /** The policy with these classes (parts as {@link #classes} writes them) added. */
    public static UniPolicy withClasses(UniPolicy policy, Collection<String> parts) {
        List<PcpClass> ingress = new ArrayList<>(policy.ingressClasses());
        List<PcpClass> egress = new ArrayList<>(policy.egressClasses());
        EgressMarking marking = policy.egressMarking();
        for (String part : parts) {
            if (part.startsWith(MARKING)) {
                marking = marking(part);
                continue;
            }
            String[] fields = part.substring(INGRESS_CLASS.length()).split(":");
            if (fields.length != 3) {
                throw new IllegalArgumentException("'" + part + "' is not a class of this driver");
            }
            Set<Integer> pcps = new TreeSet<>();
            for (String pcp : fields[1].split(",")) {
                pcps.add(Integer.parseInt(pcp));
            }
            PcpClass pcpClass = new PcpClass(URLDecoder.decode(fields[0], StandardCharsets.UTF_8), pcps,
                    fields[2].equals("-") ? null : profile(fields[2]));
            (part.startsWith(INGRESS_CLASS) ? ingress : egress).add(pcpClass);
        }
        return new UniPolicy(policy.maxFrameBytes(), policy.ingress(), policy.egress(), ingress, egress,
                policy.sourceMacLimit(), marking);
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
