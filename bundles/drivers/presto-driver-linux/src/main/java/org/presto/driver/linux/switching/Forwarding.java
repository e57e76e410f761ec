package org.presto.driver.linux.switching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.UniPolicy;

/**
 * What the switch's nftables maps must hold for one service so that its entries forward, and only its members
 * reach one another. A frame arriving on a member port with the member's VLAN is marked with the service's mark
 * (with {@link #LEAF} added when it comes from an E-Tree leaf); the bridge forwards a marked frame only to ports
 * listed for that mark, and each of those ports rewrites the VLAN to its own. Frames of no service have no mark
 * and are dropped.
 *
 * <p>The service's mark is the smallest id among its entries. All entries of a service on a switch forward as one:
 * while a bridge is replaced by a new one, the switch bridges the union of their members; where the two give a port
 * different VLANs or policies, the newer entry (the higher id) decides.
 *
 * <p>Where an entry has a policy at a port: frames of the service entering there larger than its maximum frame size
 * are dropped ({@link #oversize}); entering frames are policed by a two-rate three-colour marker of two token buckets
 * ({@link #committed} green, {@link #excess} yellow: delivered with DEI set, the rest red: dropped), and leaving
 * frames by the egress profile's buckets ({@link #committedOut}, {@link #excessOut}), one pair per port shared by
 * the service's root and leaf frames.
 */
public record Forwarding(Map<IngressKey, Integer> ingress, Set<MemberKey> members, Map<MemberKey, Integer> egress,
                         Map<MemberKey, Integer> oversize, Map<MemberKey, Bucket> committed,
                         Map<MemberKey, Bucket> excess, Map<MemberKey, Bucket> committedOut,
                         Map<MemberKey, Bucket> excessOut) {
    /** Added to a service's mark for frames from leaves. */
    public static final int LEAF = 0x10000;
    /** Marks and entry ids stay below {@link #LEAF}. */
    public static final int MAX_ID = LEAF - 1;

    /** Frames arriving on {@code port} tagged {@code vlan}. */
    public record IngressKey(String port, int vlan) {
    }

    /** Frames of {@code mark} entering or leaving through {@code port}. */
    public record MemberKey(int mark, String port) {
    }

    /** A named nftables limit object: a token bucket filled at {@code bytesPerSecond}, holding {@code burstBytes}. */
    public record Bucket(String name, long bytesPerSecond, long burstBytes) {
    }

    public Forwarding {
        ingress = Map.copyOf(ingress);
        members = Set.copyOf(members);
        egress = Map.copyOf(egress);
        oversize = Map.copyOf(oversize);
        committed = Map.copyOf(committed);
        excess = Map.copyOf(excess);
        committedOut = Map.copyOf(committedOut);
        excessOut = Map.copyOf(excessOut);
    }

    public static Forwarding none() {
        return new Forwarding(Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The forwarding of one service's entries (none when it has none). */
    public static Forwarding of(List<Entry> entriesOfOneService) {
        if (entriesOfOneService.isEmpty()) {
            return none();
        }
        List<Entry> oldestFirst = entriesOfOneService.stream().sorted(Comparator.comparingInt(Entry::id)).toList();
        int mark = oldestFirst.get(0).id();
        boolean rooted = oldestFirst.stream().flatMap(entry -> entry.members().stream())
                .anyMatch(member -> member.role().fromLeaf() || member.role() == Member.Role.TRUNK_ROOT);
        Map<IngressKey, Integer> ingress = new LinkedHashMap<>();
        Set<MemberKey> members = new LinkedHashSet<>();
        Map<MemberKey, Integer> egress = new LinkedHashMap<>();
        Map<String, UniPolicy> policies = new LinkedHashMap<>();
        Map<String, Integer> ingressMarks = new LinkedHashMap<>();
        for (Entry entry : oldestFirst) {
            for (Member member : entry.members()) {
                int ingressMark = member.role().fromLeaf() ? mark + LEAF : mark;
                ingress.put(new IngressKey(member.port(), member.vlan()), ingressMark);
                if (member.role() != Member.Role.TRUNK_LEAF) {
                    ingressMarks.put(member.port(), ingressMark);
                }
                if (member.role().takesRootFrames()) {
                    MemberKey key = new MemberKey(mark, member.port());
                    members.add(key);
                    egress.put(key, member.vlan());
                }
                if (rooted && member.role().takesLeafFrames()) {
                    MemberKey key = new MemberKey(mark + LEAF, member.port());
                    members.add(key);
                    egress.put(key, member.vlan());
                }
            }
            // the newer entry decides a port's policy, none included
            entry.members().forEach(member -> policies.put(member.port(),
                    entry.policies().getOrDefault(member.port(), UniPolicy.NONE)));
        }
        Map<MemberKey, Integer> oversize = new LinkedHashMap<>();
        Map<MemberKey, Bucket> committed = new LinkedHashMap<>();
        Map<MemberKey, Bucket> excess = new LinkedHashMap<>();
        Map<MemberKey, Bucket> committedOut = new LinkedHashMap<>();
        Map<MemberKey, Bucket> excessOut = new LinkedHashMap<>();
        policies.forEach((port, policy) -> {
            MemberKey in = new MemberKey(ingressMarks.get(port), port);
            if (policy.maxFrameBytes() > 0) {
                oversize.put(in, policy.maxFrameBytes());
            }
            buckets(policy.ingress(), in, "", committed, excess);
            for (MemberKey out : members) {
                if (out.port().equals(port)) {
                    buckets(policy.egress(), out, "o", committedOut, excessOut);
                }
            }
        });
        return new Forwarding(ingress, members, egress, oversize, committed, excess, committedOut, excessOut);
    }

    /** The profile's buckets; egress ones ({@code prefix} "o") are named by the service mark, shared by leaves. */
    private static void buckets(BandwidthProfile profile, MemberKey key, String prefix, Map<MemberKey, Bucket> green,
                                Map<MemberKey, Bucket> yellow) {
        if (profile == null) {
            return;
        }
        String suffix = (key.mark() % LEAF) + "-" + key.port();
        if (profile.cirBps() > 0) {
            green.put(key, new Bucket(prefix + "cir-" + suffix, profile.cirBps() / 8, profile.cbsBytes()));
        }
        if (profile.eirBps() > 0) {
            yellow.put(key, new Bucket(prefix + "eir-" + suffix, profile.eirBps() / 8, profile.ebsBytes()));
        }
    }
}
