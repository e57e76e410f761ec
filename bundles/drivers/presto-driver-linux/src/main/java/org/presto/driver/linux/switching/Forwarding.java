package org.presto.driver.linux.switching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the switch's nftables maps must hold for one service so that its entries forward, and only its members
 * reach one another. A frame arriving on a member port with the member's VLAN is marked with the service's mark
 * (with {@link #LEAF} added when it comes from an E-Tree leaf); the bridge forwards a marked frame only to ports
 * listed for that mark, and each of those ports rewrites the VLAN to its own. Frames of no service have no mark
 * and are dropped.
 *
 * <p>The service's mark is the smallest id among its entries. All entries of a service on a switch forward as one:
 * while a bridge is replaced by a new one, the switch bridges the union of their members; where the two give a port
 * different VLANs, the newer entry (the higher id) decides what leaves the port.
 *
 * <p>Frames of a service entering at a customer port are policed at the service's committed information rate: one
 * token bucket per mark and port ({@link #policers}, the mark and input port to the rate in kbit/s), so each UNI of
 * an E-LAN has its own.
 */
public record Forwarding(Map<IngressKey, Integer> ingress, Set<MemberKey> members, Map<MemberKey, Integer> egress,
                         Map<MemberKey, Long> policers) {
    /** Added to a service's mark for frames from leaves. */
    public static final int LEAF = 0x10000;
    /** Marks and entry ids stay below {@link #LEAF}. */
    public static final int MAX_ID = LEAF - 1;

    /** Frames arriving on {@code port} tagged {@code vlan}. */
    public record IngressKey(String port, int vlan) {
    }

    /** Frames of {@code mark} leaving through {@code port}. */
    public record MemberKey(int mark, String port) {
    }

    public Forwarding {
        ingress = Map.copyOf(ingress);
        members = Set.copyOf(members);
        egress = Map.copyOf(egress);
        policers = Map.copyOf(policers);
    }

    public static Forwarding none() {
        return new Forwarding(Map.of(), Set.of(), Map.of(), Map.of());
    }

    /**
     * The forwarding of one service's entries (none when it has none).
     *
     * @param customerPorts the switch's customer ports, where frames enter the network and are policed
     */
    public static Forwarding of(List<Entry> entriesOfOneService, Set<String> customerPorts) {
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
        Map<MemberKey, Long> policers = new LinkedHashMap<>();
        for (Entry entry : oldestFirst) {
            for (Member member : entry.members()) {
                int ingressMark = member.role().fromLeaf() ? mark + LEAF : mark;
                ingress.put(new IngressKey(member.port(), member.vlan()), ingressMark);
                if (customerPorts.contains(member.port())) {
                    MemberKey key = new MemberKey(ingressMark, member.port());
                    if (entry.cirKbps() > 0) {
                        policers.put(key, entry.cirKbps());
                    } else {
                        policers.remove(key);
                    }
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
        }
        return new Forwarding(ingress, members, egress, policers);
    }
}
