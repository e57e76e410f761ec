package org.presto.driver.linux.switching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.spi.SourceMacLimit;
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
 * are dropped ({@link #oversize}); entering frames are policed ({@link #policedIn}) by a two-rate three-colour marker
 * (green within the committed bucket, yellow within the excess one: delivered with DEI set, the rest red: dropped),
 * or class by class, and leaving frames likewise ({@link #policedOut}), the buckets of a port shared by the service's
 * root and leaf frames. Where a UNI limits the source MAC addresses of the service's frames ({@link #macLimits}),
 * they go through a set of that size whose addresses time out (see {@link #macSet}). Where it writes the priority
 * of leaving frames ({@link #marking}), each PCP and DEI a frame leaves with goes to the chain that writes its new
 * ones, or is dropped.
 */
public record Forwarding(Map<IngressKey, Integer> ingress, Set<MemberKey> members, Map<MemberKey, Integer> egress,
                         Map<MemberKey, Integer> oversize, Policers policedIn, Policers policedOut,
                         Map<MemberKey, SourceMacLimit> macLimits, Map<MarkingKey, String> marking) {
    /** Added to a service's mark for frames from leaves. */
    public static final int LEAF = 0x10000;
    /** Marks and entry ids stay below {@link #LEAF}. */
    public static final int MAX_ID = LEAF - 1;

    /** The set of source MAC addresses of a limited UNI, and the chain that keeps it: named by mark and port. */
    static String macSet(MemberKey key) {
        return "macs-" + (key.mark() % LEAF) + "-" + key.port();
    }

    /** Frames arriving on {@code port} tagged {@code vlan}. */
    public record IngressKey(String port, int vlan) {
    }

    /** Frames of {@code mark} entering or leaving through {@code port}. */
    public record MemberKey(int mark, String port) {
    }

    /** Frames of {@code mark} leaving through {@code port} with this PCP and DEI. */
    public record MarkingKey(int mark, String port, int pcp, int dei) {
    }

    /** A named nftables limit object: a token bucket filled at {@code bytesPerSecond}, holding {@code burstBytes}. */
    public record Bucket(String name, long bytesPerSecond, long burstBytes) {
    }

    public Forwarding {
        ingress = Map.copyOf(ingress);
        members = Set.copyOf(members);
        egress = Map.copyOf(egress);
        oversize = Map.copyOf(oversize);
        macLimits = Map.copyOf(macLimits);
        marking = Map.copyOf(marking);
    }

    public static Forwarding none() {
        return new Forwarding(Map.of(), Set.of(), Map.of(), Map.of(), Policers.none(Policers.IN),
                Policers.none(Policers.OUT), Map.of(), Map.of());
    }

    /** The chain that writes a PCP and DEI into a leaving frame's tag (see {@link SwitchTables#STANDING_RULES}). */
    static String markingChain(int pcp, int dei) {
        return "tci-" + pcp + "-" + dei;
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
        Map<MemberKey, SourceMacLimit> macLimits = new LinkedHashMap<>();
        Map<MarkingKey, String> marking = new LinkedHashMap<>();
        Policers.Builder in = new Policers.Builder(Policers.IN);
        Policers.Builder out = new Policers.Builder(Policers.OUT);
        int[] classIndex = {0, 0};
        // by port name, so that class chains are named alike whatever order the entries list their ports in
        new java.util.TreeMap<>(policies).forEach((port, policy) -> {
            MemberKey ingressKey = new MemberKey(ingressMarks.get(port), port);
            if (policy.maxFrameBytes() > 0) {
                oversize.put(ingressKey, policy.maxFrameBytes());
            }
            if (policy.sourceMacLimit() != null) {
                macLimits.put(ingressKey, policy.sourceMacLimit());
            }
            in.whole(ingressKey, policy.ingress());
            in.classes(ingressKey, policy.ingressClasses(), classIndex[0]);
            classIndex[0] += policy.ingressClasses().size();
            for (MemberKey key : members) {
                if (key.port().equals(port)) {
                    out.whole(key, policy.egress());
                    out.classes(key, policy.egressClasses(), classIndex[1]);
                    policy.egressMarking().rewrites().forEach(rewrite -> marking.put(new MarkingKey(key.mark(), port,
                            rewrite.from().pcp(), rewrite.from().dei()), rewrite.discards() ? "drop"
                            : "jump " + markingChain(rewrite.to().pcp(), rewrite.to().dei())));
                }
            }
            classIndex[1] += policy.egressClasses().size();
        });
        return new Forwarding(ingress, members, egress, oversize, in.build(), out.build(), macLimits, marking);
    }
}
