package org.presto.driver.linux.switching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presto.driver.linux.switching.Forwarding.Bucket;
import org.presto.driver.linux.switching.Forwarding.IngressKey;
import org.presto.driver.linux.switching.Forwarding.MemberKey;
import org.presto.spi.UniPolicy;

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
    static final String LAYOUT = "layout 2";
    /**
     * How much larger a frame is than nftables' {@code meta length} of it at a bridge port: the Ethernet header (14
     * bytes) and the 802.1Q tag (4), which the kernel has taken off by then, and the FCS (4).
     */
    static final int FRAME_OVERHEAD = 22;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The table with its maps and chains, for a switch that has none yet. */
    public static final String CREATE = String.join("\n",
            "table bridge presto {",
            "  comment \"Carrier Ethernet services of Presto (presto-driver-linux, " + LAYOUT + "): do not edit by "
                    + "hand\"",
            "  set entries { typeof meta mark . iifname . vlan id . meta mark; }",
            "  set policies { typeof meta mark . iifname; }",
            "  map ingress { typeof iifname . vlan id : meta mark; }",
            "  set members { typeof meta mark . oifname; }",
            "  map egress { typeof meta mark . oifname : verdict; }",
            "  set oversize { typeof meta mark . iifname . meta length; flags interval; }",
            "  map committed { type mark . ifname : limit; }",
            "  map excess { type mark . ifname : limit; }",
            "  set policed { type mark . ifname; }",
            "  map committed-out { type mark . ifname : limit; }",
            "  map excess-out { type mark . ifname : limit; }",
            "  set policed-out { type mark . ifname; }",
            // green within the committed bucket; yellow within the excess one, marked drop eligible (DEI, bit 12 of
            // the tag's TCI, written as the whole TCI: the kernel mangles a tag it holds apart from the frame only
            // two bytes at a time, and nft writes 'vlan dei set 1' as one byte); red dropped
            "  chain police-in { limit name meta mark . iifname map @committed return;"
                    + " limit name meta mark . iifname map @excess @ll,112,16 set @ll,112,16 | 0x1000 return;"
                    + " drop; }",
            "  chain police-out { limit name meta mark . oifname map @committed-out return;"
                    + " limit name meta mark . oifname map @excess-out return; drop; }",
            "  chain prerouting { type filter hook prerouting priority 0; policy accept;"
                    + " meta mark set iifname . vlan id map @ingress;"
                    + " meta mark . iifname . meta length @oversize drop;"
                    + " meta mark . iifname @policed jump police-in; }",
            "  chain forward { type filter hook forward priority 0; policy drop;"
                    + " meta mark . oifname @members accept; }",
            "  chain postrouting { type filter hook postrouting priority 0; policy accept;"
                    + " meta mark . oifname @policed-out jump police-out;"
                    + " meta mark . oifname vmap @egress; }",
            "}", "");

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
            entry.policies().keySet().forEach(port -> script.append("delete element bridge presto policies { ")
                    .append(entry.id()).append(" . \"").append(port).append("\" }\n"));
        }
        for (Entry entry : added) {
            for (Member member : entry.members()) {
                script.append("add element bridge presto entries { ").append(catalogKey(entry, member))
                        .append(" comment \"").append(entry.kind().tag).append(' ').append(entry.service())
                        .append("\" }\n");
            }
            entry.policies().forEach((port, policy) -> script.append("add element bridge presto policies { ")
                    .append(entry.id()).append(" . \"").append(port).append("\" comment \"")
                    .append(PolicyText.write(policy)).append("\" }\n"));
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
                && holds(expected.committed(), actual.committed()) && holds(expected.excess(), actual.excess())
                && holds(expected.committedOut(), actual.committedOut())
                && holds(expected.excessOut(), actual.excessOut());
    }

    private static <V> boolean holds(Map<MemberKey, V> expected, Map<MemberKey, V> actual) {
        return expected.entrySet().stream().allMatch(e -> e.getValue().equals(actual.get(e.getKey())));
    }

    /** Reads the JSON of the table. */
    private static final class TableReader {
        private final Map<Integer, List<Member>> members = new TreeMap<>();
        private final Map<Integer, String[]> labels = new LinkedHashMap<>();
        private final Map<Integer, Map<String, UniPolicy>> policies = new LinkedHashMap<>();
        private final Map<IngressKey, Integer> ingress = new LinkedHashMap<>();
        private final Set<MemberKey> memberKeys = new LinkedHashSet<>();
        private final Map<MemberKey, Integer> egress = new LinkedHashMap<>();
        private final Map<MemberKey, Integer> oversize = new LinkedHashMap<>();
        private final Map<String, Map<MemberKey, String>> limitMaps = new LinkedHashMap<>();
        private final Map<String, Bucket> limits = new LinkedHashMap<>();
        private final Set<Integer> vlanChains = new LinkedHashSet<>();
        /** Whether the table has the catalog of policies, which the tables of older drivers lack. */
        private boolean hasPolicies;

        static SwitchTables read(JsonNode root) throws IOException {
            TableReader reader = new TableReader();
            for (JsonNode object : root.path("nftables")) {
                reader.object(object);
            }
            if (!reader.hasPolicies) {
                throw new IOException("its nftables table bridge " + TABLE + " was made by an older driver (it has "
                        + "no set 'policies'); delete its services, then the table (nft delete table bridge " + TABLE
                        + "), and the driver makes a new one");
            }
            return reader.tables();
        }

        private void object(JsonNode object) {
            if (object.has("limit")) {
                JsonNode limit = object.path("limit");
                String name = limit.path("name").asText();
                limits.put(name, new Bucket(name, bytes(limit.path("rate").asLong(), limit.path("rate_unit")),
                        bytes(limit.path("burst").asLong(), limit.path("burst_unit"))));
            }
            if (object.has("chain")) {
                String chain = object.path("chain").path("name").asText();
                if (chain.startsWith("vlan-")) {
                    vlanChains.add(Integer.parseInt(chain.substring(5)));
                }
            }
            JsonNode set = object.has("set") ? object.path("set") : object.path("map");
            String name = set.path("name").asText();
            hasPolicies |= "policies".equals(name);
            for (JsonNode element : set.path("elem")) {
                element(name, element);
            }
        }

        private void element(String set, JsonNode element) {
            switch (set) {
                case "entries" -> {
                    JsonNode key = concat(element);
                    int id = key.get(0).asInt();
                    members.computeIfAbsent(id, i -> new ArrayList<>()).add(new Member(key.get(1).asText(),
                            key.get(2).asInt(), Member.Role.of(key.get(3).asInt())));
                    labels.put(id, element.path("elem").path("comment").asText("").split(" "));
                }
                case "policies" -> {
                    JsonNode key = concat(element);
                    policies.computeIfAbsent(key.get(0).asInt(), i -> new TreeMap<>()).put(key.get(1).asText(),
                            PolicyText.read(element.path("elem").path("comment").asText("")));
                }
                case "ingress" -> {
                    JsonNode key = concat(element.get(0));
                    ingress.put(new IngressKey(key.get(0).asText(), key.get(1).asInt()), element.get(1).asInt());
                }
                case "members" -> memberKeys.add(memberKey(concat(element)));
                case "egress" -> {
                    String target = element.get(1).path("goto").path("target").asText();
                    egress.put(memberKey(concat(element.get(0))), Integer.parseInt(target.substring("vlan-".length())));
                }
                case "oversize" -> {
                    JsonNode key = concat(element);
                    oversize.put(memberKey(key), key.get(2).path("range").get(0).asInt() - 1 + FRAME_OVERHEAD);
                }
                case "committed", "excess", "committed-out", "excess-out" -> limitMaps
                        .computeIfAbsent(set, s -> new LinkedHashMap<>())
                        .put(memberKey(concat(element.get(0))), element.get(1).asText());
                default -> {
                }
            }
        }

        private SwitchTables tables() {
            List<Entry> entries = new ArrayList<>();
            members.forEach((id, list) -> {
                // "<kind> <service>"
                String[] label = labels.get(id);
                Entry.Kind kind = "xc".equals(label[0]) ? Entry.Kind.CROSS_CONNECT : Entry.Kind.BRIDGE;
                entries.add(new Entry(id, kind, label.length > 1 ? label[1] : "", list,
                        policies.getOrDefault(id, Map.of())));
            });
            return new SwitchTables(entries, new Forwarding(ingress, memberKeys, egress, oversize,
                    buckets("committed"), buckets("excess"), buckets("committed-out"), buckets("excess-out")),
                    vlanChains);
        }

        private Map<MemberKey, Bucket> buckets(String map) {
            Map<MemberKey, Bucket> buckets = new LinkedHashMap<>();
            limitMaps.getOrDefault(map, Map.of()).forEach((key, name) -> {
                if (limits.containsKey(name)) {
                    buckets.put(key, limits.get(name));
                }
            });
            return buckets;
        }

        private static MemberKey memberKey(JsonNode concat) {
            return new MemberKey(concat.get(0).asInt(), concat.get(1).asText());
        }

        /** A number of bytes (or bytes per second), whatever unit nft shows it in. */
        private static long bytes(long value, JsonNode unit) {
            return switch (unit.asText("bytes")) {
                case "kbytes" -> value * 1024;
                case "mbytes" -> value * 1024 * 1024;
                default -> value;
            };
        }

        /** A set element as JSON: its concatenated key, with or without a comment around it. */
        private static JsonNode concat(JsonNode element) {
            JsonNode value = element.has("elem") ? element.path("elem").path("val") : element;
            return value.path("concat");
        }
    }
}
