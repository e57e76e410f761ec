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
import org.presto.driver.linux.switching.Forwarding.IngressKey;
import org.presto.driver.linux.switching.Forwarding.MemberKey;

/**
 * The nftables table {@code bridge presto} of one switch, as read with {@code nft -j list table}: the catalog of
 * entries (set {@code entries}: entry id . port . VLAN . role, each with the comment {@code <kind> <service>}) and
 * the forwarding maps that make them work ({@code ingress}, {@code members}, {@code egress}, and {@code policers},
 * which names the {@code limit} object policing a service at a customer port). Also writes the
 * {@code nft} scripts that change it; {@code nft -f} applies a script as one transaction.
 */
public record SwitchTables(List<Entry> entries, Forwarding forwarding, Set<Integer> vlanChains) {
    public static final String TABLE = "presto";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The table with its maps and chains, for a switch that has none yet. */
    public static final String CREATE = String.join("\n",
            "table bridge presto {",
            "  comment \"Carrier Ethernet services of Presto (presto-driver-linux): do not edit by hand\"",
            "  set entries { typeof meta mark . iifname . vlan id . meta mark; }",
            "  map ingress { typeof iifname . vlan id : meta mark; }",
            "  set members { typeof meta mark . oifname; }",
            "  map egress { typeof meta mark . oifname : verdict; }",
            "  map policers { type mark . ifname : limit; }",
            "  chain prerouting { type filter hook prerouting priority 0; policy accept;"
                    + " meta mark set iifname . vlan id map @ingress;"
                    + " limit name meta mark . iifname map @policers drop; }",
            "  chain forward { type filter hook forward priority 0; policy drop;"
                    + " meta mark . oifname @members accept; }",
            "  chain postrouting { type filter hook postrouting priority 0; policy accept;"
                    + " meta mark . oifname vmap @egress; }",
            "}", "");

    public SwitchTables {
        entries = List.copyOf(entries);
        vlanChains = Set.copyOf(vlanChains);
    }

    public static SwitchTables empty() {
        return new SwitchTables(List.of(), Forwarding.none(), Set.of());
    }

    /** Reads the output of {@code nft -j list table bridge presto}. */
    public static SwitchTables parse(String json) throws IOException {
        Map<Integer, List<Member>> members = new TreeMap<>();
        Map<Integer, String[]> labels = new LinkedHashMap<>();
        Map<IngressKey, Integer> ingress = new LinkedHashMap<>();
        Set<MemberKey> memberKeys = new LinkedHashSet<>();
        Map<MemberKey, Integer> egress = new LinkedHashMap<>();
        Map<String, Long> limitKbps = new LinkedHashMap<>();
        Map<MemberKey, String> policerNames = new LinkedHashMap<>();
        Set<Integer> vlanChains = new LinkedHashSet<>();
        for (JsonNode object : JSON.readTree(json).path("nftables")) {
            if (object.has("limit")) {
                JsonNode limit = object.path("limit");
                limitKbps.put(limit.path("name").asText(), kbps(limit));
            }
            if (object.has("chain")) {
                String chain = object.path("chain").path("name").asText();
                if (chain.startsWith("vlan-")) {
                    vlanChains.add(Integer.parseInt(chain.substring(5)));
                }
            }
            JsonNode set = object.has("set") ? object.path("set") : object.path("map");
            for (JsonNode element : set.path("elem")) {
                switch (set.path("name").asText()) {
                    case "entries" -> {
                        JsonNode key = concat(element);
                        int id = key.get(0).asInt();
                        members.computeIfAbsent(id, i -> new ArrayList<>()).add(new Member(key.get(1).asText(),
                                key.get(2).asInt(), Member.Role.of(key.get(3).asInt())));
                        labels.put(id, element.path("elem").path("comment").asText("").split(" "));
                    }
                    case "ingress" -> {
                        JsonNode key = concat(element.get(0));
                        ingress.put(new IngressKey(key.get(0).asText(), key.get(1).asInt()), element.get(1).asInt());
                    }
                    case "members" -> {
                        JsonNode key = concat(element);
                        memberKeys.add(new MemberKey(key.get(0).asInt(), key.get(1).asText()));
                    }
                    case "egress" -> {
                        JsonNode key = concat(element.get(0));
                        String target = element.get(1).path("goto").path("target").asText();
                        egress.put(new MemberKey(key.get(0).asInt(), key.get(1).asText()),
                                Integer.parseInt(target.substring("vlan-".length())));
                    }
                    case "policers" -> {
                        JsonNode key = concat(element.get(0));
                        policerNames.put(new MemberKey(key.get(0).asInt(), key.get(1).asText()),
                                element.get(1).asText());
                    }
                    default -> {
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        members.forEach((id, list) -> {
            // "<kind> <service> <cir-kbps>"
            String[] label = labels.get(id);
            Entry.Kind kind = "xc".equals(label[0]) ? Entry.Kind.CROSS_CONNECT : Entry.Kind.BRIDGE;
            entries.add(new Entry(id, kind, label.length > 1 ? label[1] : "", list,
                    label.length > 2 ? Long.parseLong(label[2]) : 0));
        });
        Map<MemberKey, Long> policers = new LinkedHashMap<>();
        policerNames.forEach((key, name) -> policers.put(key, limitKbps.getOrDefault(name, 0L)));
        return new SwitchTables(entries, new Forwarding(ingress, memberKeys, egress, policers), vlanChains);
    }

    /** A limit object's rate in kbit/s, whatever unit nft shows it in. */
    private static long kbps(JsonNode limit) {
        long bytes = limit.path("rate").asLong();
        long perSecond = switch (limit.path("rate_unit").asText("bytes")) {
            case "kbytes" -> bytes * 1024;
            case "mbytes" -> bytes * 1024 * 1024;
            default -> bytes;
        };
        return perSecond * 8 / 1000;
    }

    /** A set element as JSON: its concatenated key, with or without a comment around it. */
    private static JsonNode concat(JsonNode element) {
        JsonNode value = element.has("elem") ? element.path("elem").path("val") : element;
        return value.path("concat");
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
    public String changeTo(List<Entry> removed, List<Entry> added, Set<String> customerPorts) {
        StringBuilder script = new StringBuilder();
        Set<String> services = new LinkedHashSet<>();
        removed.forEach(entry -> services.add(entry.service()));
        added.forEach(entry -> services.add(entry.service()));
        List<Entry> after = new ArrayList<>(entries);
        after.removeIf(entry -> removed.stream().anyMatch(gone -> gone.id() == entry.id()));
        after.addAll(added);
        for (String service : services) {
            Forwarding old = Forwarding.of(entriesOf(service), customerPorts);
            Forwarding now = Forwarding.of(after.stream().filter(entry -> entry.service().equals(service)).toList(),
                    customerPorts);
            for (int vlan : now.egress().values()) {
                if (!vlanChains.contains(vlan) && script.indexOf("chain bridge presto vlan-" + vlan + " ") < 0) {
                    script.append("add chain bridge presto vlan-").append(vlan).append(" { vlan id set ")
                            .append(vlan).append("; }\n");
                }
            }
            diff(script, old, now);
        }
        for (Entry entry : removed) {
            for (Member member : entry.members()) {
                script.append("delete element bridge presto entries { ").append(catalogKey(entry, member))
                        .append(" }\n");
            }
        }
        for (Entry entry : added) {
            for (Member member : entry.members()) {
                script.append("add element bridge presto entries { ").append(catalogKey(entry, member))
                        .append(" comment \"").append(entry.kind().tag).append(' ').append(entry.service())
                        .append(' ').append(entry.cirKbps()).append("\" }\n");
            }
        }
        return script.toString();
    }

    /** Deletes what {@code now} no longer has or has otherwise, then adds what is new or changed. */
    private static void diff(StringBuilder script, Forwarding old, Forwarding now) {
        old.policers().forEach((key, kbps) -> {
            if (!kbps.equals(now.policers().get(key))) {
                script.append("delete element bridge presto policers { ").append(memberKey(key)).append(" }\n")
                        .append("delete limit bridge presto ").append(limitName(key)).append('\n');
            }
        });
        old.egress().forEach((key, vlan) -> {
            if (!vlan.equals(now.egress().get(key))) {
                script.append("delete element bridge presto egress { ").append(memberKey(key)).append(" }\n");
            }
        });
        old.members().stream().filter(key -> !now.members().contains(key)).forEach(key -> script
                .append("delete element bridge presto members { ").append(memberKey(key)).append(" }\n"));
        old.ingress().forEach((key, mark) -> {
            if (!mark.equals(now.ingress().get(key))) {
                script.append("delete element bridge presto ingress { ").append(ingressKey(key)).append(" }\n");
            }
        });
        now.ingress().forEach((key, mark) -> {
            if (!mark.equals(old.ingress().get(key))) {
                // create, not add: a port and VLAN another service holds makes the whole transaction fail
                script.append("create element bridge presto ingress { ").append(ingressKey(key)).append(" : ")
                        .append(mark).append(" }\n");
            }
        });
        now.members().stream().filter(key -> !old.members().contains(key)).forEach(key -> script
                .append("add element bridge presto members { ").append(memberKey(key)).append(" }\n"));
        now.egress().forEach((key, vlan) -> {
            if (!vlan.equals(old.egress().get(key))) {
                script.append("add element bridge presto egress { ").append(memberKey(key)).append(" : goto vlan-")
                        .append(vlan).append(" }\n");
            }
        });
        now.policers().forEach((key, kbps) -> {
            if (!kbps.equals(old.policers().get(key))) {
                long bytesPerSecond = kbps * 1000 / 8;
                script.append("add limit bridge presto ").append(limitName(key)).append(" { rate over ")
                        .append(bytesPerSecond).append(" bytes/second burst ").append(burstBytes(bytesPerSecond))
                        .append(" bytes }\n")
                        .append("add element bridge presto policers { ").append(memberKey(key)).append(" : \"")
                        .append(limitName(key)).append("\" }\n");
            }
        });
    }

    /** A token bucket of 20 ms at the rate, and at least the 12 176 bytes MEF 10.4 asks of a CBS. */
    private static long burstBytes(long bytesPerSecond) {
        return Math.max(12_176, bytesPerSecond / 50);
    }

    private static String limitName(MemberKey key) {
        return "police-" + key.mark() + "-" + key.port();
    }

    private static String catalogKey(Entry entry, Member member) {
        return entry.id() + " . \"" + member.port() + "\" . " + member.vlan() + " . " + member.role().code;
    }

    private static String ingressKey(IngressKey key) {
        return "\"" + key.port() + "\" . " + key.vlan();
    }

    private static String memberKey(MemberKey key) {
        return key.mark() + " . \"" + key.port() + "\"";
    }

    /** Whether the table holds everything {@code entry} needs to forward, as the catalog says it should. */
    public boolean forwards(Entry entry, Set<String> customerPorts) {
        Forwarding expected = Forwarding.of(entriesOf(entry.service()), customerPorts);
        Forwarding actual = forwarding;
        return entry.members().stream().allMatch(member -> {
            IngressKey key = new IngressKey(member.port(), member.vlan());
            return expected.ingress().get(key) != null && expected.ingress().get(key).equals(actual.ingress()
                    .get(key));
        }) && actual.members().containsAll(expected.members()) && expected.egress().entrySet().stream()
                .allMatch(e -> e.getValue().equals(actual.egress().get(e.getKey())))
                && expected.policers().entrySet().stream()
                .allMatch(e -> e.getValue().equals(actual.policers().get(e.getKey())));
    }
}
