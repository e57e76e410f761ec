package org.presto.driver.linux.switching;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.driver.linux.switching.Forwarding.IngressKey;

/**
 * The nftables table {@code bridge presto} of one switch, as read with {@code nft -j list table}: the catalog of
 * entries (set {@code entries}: entry id . port . VLAN . role, each with the comment {@code <kind> <service>}, and set
 * {@code policies}: entry id . port, with the policy there as {@link PolicyText} in its comment) and the maps that
 * make them work (see {@link Forwarding}). Also writes the {@code nft} scripts that change it; {@code nft -f} applies
 * a script as one transaction.
 */
public record SwitchTables(List<Entry> entries, Forwarding forwarding, Set<Integer> vlanChains) {
    public static final String TABLE = "presto";
    /** What the table's comment says of its layout, for people reading it. */
    static final String LAYOUT = "layout 4";
    /**
     * How much larger a frame is than nftables' {@code meta length} of it at a bridge port: the Ethernet header (14
     * bytes) and the 802.1Q tag (4), which the kernel has taken off by then, and the FCS (4).
     */
    static final int FRAME_OVERHEAD = 22;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Marks a frame yellow: drop eligible (DEI, bit 12 of the tag's TCI), written as the whole TCI: the kernel mangles
     * a tag it holds apart from the frame only two bytes at a time, and nft writes 'vlan dei set 1' as one byte.
     */
    static final String MARK_YELLOW = "@ll,112,16 set @ll,112,16 | 0x1000";

    /** The table with its maps and chains, for a switch that has none yet. */
    public static final String CREATE = String.join("\n",
            "table bridge presto {",
            "  comment \"Carrier Ethernet services of Presto (presto-driver-linux, " + LAYOUT + "): do not edit by "
                    + "hand\"",
            "  set entries { typeof meta mark . iifname . vlan id . meta mark; }",
            "  set policies { typeof meta mark . iifname; }",
            "  set class-policies { type mark . ifname . mark; }",
            "  map ingress { typeof iifname . vlan id : meta mark; }",
            "  set members { typeof meta mark . oifname; }",
            "  map egress { typeof meta mark . oifname : verdict; }",
            "  set oversize { typeof meta mark . iifname . meta length; flags interval; }",
            "  map mac-limits { type mark . ifname : verdict; }",
            "  map committed { type mark . ifname : limit; }",
            "  map excess { type mark . ifname : limit; }",
            "  set policed { type mark . ifname; }",
            "  map committed-out { type mark . ifname : limit; }",
            "  map excess-out { type mark . ifname : limit; }",
            "  set policed-out { type mark . ifname; }",
            "  set classified { type mark . ifname; }",
            "  map classes { typeof meta mark . iifname . vlan pcp : verdict; }",
            "  set classified-out { type mark . ifname; }",
            "  map classes-out { typeof meta mark . oifname . vlan pcp : verdict; }",
            // green within the committed bucket; yellow within the excess one, marked drop eligible; red dropped
            "  chain police-in { limit name meta mark . iifname map @committed return;"
                    + " limit name meta mark . iifname map @excess " + MARK_YELLOW + " return; drop; }",
            "  chain police-out { limit name meta mark . oifname map @committed-out return;"
                    + " limit name meta mark . oifname map @excess-out return; drop; }",
            // a class's chain polices it (class-*), an unpoliced class returns, a PCP of no class is dropped
            "  chain classify-in { meta mark . iifname . vlan pcp vmap @classes; drop; }",
            "  chain classify-out { meta mark . oifname . vlan pcp vmap @classes-out; drop; }",
            "  chain prerouting { type filter hook prerouting priority 0; policy accept;"
                    + " meta mark set iifname . vlan id map @ingress;"
                    + " meta mark . iifname vmap @mac-limits;"
                    + " meta mark . iifname . meta length @oversize drop;"
                    + " meta mark . iifname @policed jump police-in;"
                    + " meta mark . iifname @classified jump classify-in; }",
            "  chain forward { type filter hook forward priority 0; policy drop;"
                    + " meta mark . oifname @members accept; }",
            "  chain postrouting { type filter hook postrouting priority 0; policy accept;"
                    + " meta mark . oifname @policed-out jump police-out;"
                    + " meta mark . oifname @classified-out jump classify-out;"
                    + " meta mark . oifname vmap @egress; }",
            "}", "");

    /**
     * What every switch's table holds beside {@link #CREATE}, made again (added, flushed, filled) each time the driver
     * takes the switch over, so that a table an earlier driver made is brought up to date:
     * <ul>
     * <li>MEF 45.1's L2CP address set CTA, that of VLAN-based services: no frame to one of the 16 Bridge Reserved
     *     Addresses (01-80-C2-00-00-00 to -0F) is passed, whatever its tag. The bridge keeps most of them to itself,
     *     but forwards the spanning tree's when it runs none.</li>
     * <li>Egress marking: after the frame's VLAN is written (priority 10, after {@code postrouting}), the map
     *     {@code marking} sends a leaving frame by (mark, port, PCP, DEI) to a chain {@code tci-<pcp>-<dei>} that
     *     writes its tag's new PCP and DEI (the whole TCI, as for yellow marking), or drops it.</li>
     * </ul>
     */
    static final String STANDING_RULES = standingRules();

    private static String standingRules() {
        StringBuilder rules = new StringBuilder(String.join("\n",
                "add chain bridge presto reserved-addresses { type filter hook forward priority -10; policy accept; }",
                "flush chain bridge presto reserved-addresses",
                "add rule bridge presto reserved-addresses ether daddr 01:80:c2:00:00:00-01:80:c2:00:00:0f drop"
                        + " comment \"MEF 45.1 L2CP address set CTA\"",
                "add map bridge presto marking { typeof meta mark . oifname . vlan pcp . vlan dei : verdict; }", ""));
        for (int pcp = 0; pcp <= 7; pcp++) {
            for (int dei = 0; dei <= 1; dei++) {
                String chain = Forwarding.markingChain(pcp, dei);
                rules.append("add chain bridge presto ").append(chain).append('\n')
                        .append("flush chain bridge presto ").append(chain).append('\n')
                        .append("add rule bridge presto ").append(chain)
                        .append(" @ll,112,16 set @ll,112,16 & 0x0fff | ")
                        .append(String.format("0x%04x", pcp << 13 | dei << 12)).append('\n');
            }
        }
        return rules.append(String.join("\n",
                "add chain bridge presto egress-marking { type filter hook postrouting priority 10; policy accept; }",
                "flush chain bridge presto egress-marking",
                "add rule bridge presto egress-marking meta mark . oifname . vlan pcp . vlan dei vmap @marking",
                "")).toString();
    }

    public SwitchTables {
        entries = List.copyOf(entries);
        vlanChains = Set.copyOf(vlanChains);
    }

    public static SwitchTables empty() {
        return new SwitchTables(List.of(), Forwarding.none(), Set.of());
    }

    /**
     * Reads the output of {@code nft -j list table bridge presto}.
     *
     * @throws IOException if it is not JSON, or the table is of another layout
     */
    public static SwitchTables parse(String json) throws IOException {
        return TableReader.read(JSON.readTree(json));
    }

    public List<Entry> entriesOf(String service) {
        return entries.stream().filter(entry -> entry.service().equals(service)).toList();
    }

    /** The id for a new entry: above every id in use (so newer entries have higher ids), else the lowest free. */
    public int nextId() {
        int highest = entries.stream().mapToInt(Entry::id).max().orElse(0);
        if (highest < Forwarding.MAX_ID) {
            return highest + 1;
        }
        Set<Integer> used = new LinkedHashSet<>();
        entries.forEach(entry -> used.add(entry.id()));
        for (int id = 1; id <= Forwarding.MAX_ID; id++) {
            if (!used.contains(id)) {
                return id;
            }
        }
        throw new IllegalStateException("the switch holds " + Forwarding.MAX_ID + " entries");
    }

    /**
     * The script that removes and adds these entries: the forwarding of each service whose entries change, element
     * by element, then the catalog.
     */
    public String changeTo(List<Entry> removed, List<Entry> added) {
        StringBuilder script = new StringBuilder();
        Set<String> services = new LinkedHashSet<>();
        removed.forEach(entry -> services.add(entry.service()));
        added.forEach(entry -> services.add(entry.service()));
        List<Entry> after = new ArrayList<>(entries);
        after.removeIf(entry -> removed.stream().anyMatch(gone -> gone.id() == entry.id()));
        after.addAll(added);
        for (String service : services) {
            Forwarding old = Forwarding.of(entriesOf(service));
            Forwarding now = Forwarding.of(after.stream().filter(entry -> entry.service().equals(service)).toList());
            for (int vlan : now.egress().values()) {
                if (!vlanChains.contains(vlan) && script.indexOf("chain bridge presto vlan-" + vlan + " ") < 0) {
                    script.append("add chain bridge presto vlan-").append(vlan).append(" { vlan id set ")
                            .append(vlan).append("; }\n");
                }
            }
            ForwardingScript.diff(script, old, now);
        }
        for (Entry entry : removed) {
            for (Member member : entry.members()) {
                script.append("delete element bridge presto entries { ").append(catalogKey(entry, member))
                        .append(" }\n");
            }
            entry.policies().forEach((port, policy) -> {
                script.append("delete element bridge presto policies { ").append(entry.id()).append(" . \"")
                        .append(port).append("\" }\n");
                for (int i = 0; i < PolicyText.classes(policy).size(); i++) {
                    script.append("delete element bridge presto class-policies { ").append(entry.id())
                            .append(" . \"").append(port).append("\" . ").append(i).append(" }\n");
                }
            });
        }
        for (Entry entry : added) {
            for (Member member : entry.members()) {
                script.append("add element bridge presto entries { ").append(catalogKey(entry, member))
                        .append(" comment \"").append(entry.kind().tag).append(' ').append(entry.service())
                        .append("\" }\n");
            }
            entry.policies().forEach((port, policy) -> {
                script.append("add element bridge presto policies { ").append(entry.id()).append(" . \"")
                        .append(port).append("\" comment \"").append(PolicyText.writeWhole(policy))
                        .append("\" }\n");
                List<String> classes = PolicyText.classes(policy);
                for (int i = 0; i < classes.size(); i++) {
                    script.append("add element bridge presto class-policies { ").append(entry.id()).append(" . \"")
                            .append(port).append("\" . ").append(i).append(" comment \"").append(classes.get(i))
                            .append("\" }\n");
                }
            });
        }
        return script.toString();
    }

    private static String catalogKey(Entry entry, Member member) {
        return entry.id() + " . \"" + member.port() + "\" . " + member.vlan() + " . " + member.role().code;
    }

    /** Whether the table holds everything {@code entry} needs to forward and police, as the catalog says it should. */
    public boolean forwards(Entry entry) {
        Forwarding expected = Forwarding.of(entriesOf(entry.service()));
        Forwarding actual = forwarding;
        return entry.members().stream().allMatch(member -> {
            IngressKey key = new IngressKey(member.port(), member.vlan());
            return expected.ingress().get(key) != null && expected.ingress().get(key).equals(actual.ingress()
                    .get(key));
        }) && actual.members().containsAll(expected.members())
                && holds(expected.egress(), actual.egress()) && holds(expected.oversize(), actual.oversize())
                && holds(expected.policedIn(), actual.policedIn())
                && holds(expected.policedOut(), actual.policedOut())
                && expected.macLimits().keySet().stream().allMatch(actual.macLimits()::containsKey)
                && holds(expected.marking(), actual.marking());
    }

    private static boolean holds(Policers expected, Policers actual) {
        return holds(expected.committed(), actual.committed()) && holds(expected.excess(), actual.excess())
                && actual.classified().containsAll(expected.classified())
                && holds(expected.classes(), actual.classes()) && holds(expected.chains(), actual.chains());
    }

    private static <K, V> boolean holds(Map<K, V> expected, Map<K, V> actual) {
        return expected.entrySet().stream().allMatch(e -> e.getValue().equals(actual.get(e.getKey())));
    }
}
