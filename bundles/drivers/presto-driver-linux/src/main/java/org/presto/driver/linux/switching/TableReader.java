package org.presto.driver.linux.switching;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.presto.driver.linux.switching.Forwarding.MarkingKey;
import org.presto.driver.linux.switching.Forwarding.MemberKey;
import org.presto.driver.linux.switching.Policers.ClassChain;
import org.presto.driver.linux.switching.Policers.ClassKey;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

/** Reads the JSON of {@code nft -j list table bridge presto}: the catalog and the maps (see {@link SwitchTables}). */
final class TableReader {
    private final Map<Integer, List<Member>> members = new TreeMap<>();
    private final Map<Integer, String[]> labels = new LinkedHashMap<>();
    private final Map<Integer, Map<String, UniPolicy>> policies = new LinkedHashMap<>();
    /** Each entry's classes by port, in the catalog's order. */
    private final Map<Integer, Map<String, Map<Integer, String>>> classTexts = new LinkedHashMap<>();
    private final Map<IngressKey, Integer> ingress = new LinkedHashMap<>();
    private final Set<MemberKey> memberKeys = new LinkedHashSet<>();
    private final Map<MemberKey, Integer> egress = new LinkedHashMap<>();
    private final Map<MemberKey, Integer> oversize = new LinkedHashMap<>();
    private final Map<MarkingKey, String> marking = new LinkedHashMap<>();
    private final Map<String, Map<MemberKey, String>> limitMaps = new LinkedHashMap<>();
    private final Map<String, Set<MemberKey>> classified = new LinkedHashMap<>();
    private final Map<String, Map<ClassKey, String>> classes = new LinkedHashMap<>();
    private final Set<String> classChains = new LinkedHashSet<>();
    private final Map<String, Bucket> limits = new LinkedHashMap<>();
    private final Set<Integer> vlanChains = new LinkedHashSet<>();
    /** The UNIs whose source MAC addresses are limited; what the limit is, the catalog says. */
    private final Set<MemberKey> macLimited = new LinkedHashSet<>();
    /** Whether the table has the MAC limits map, which the tables of older drivers lack. */
    private boolean hasMacLimits;

    private TableReader() {
    }

    static SwitchTables read(JsonNode root) throws IOException {
        TableReader reader = new TableReader();
        for (JsonNode object : root.path("nftables")) {
            reader.object(object);
        }
        if (!reader.hasMacLimits) {
            throw new IOException("its nftables table bridge " + SwitchTables.TABLE + " was made by an older driver "
                    + "(it has no map 'mac-limits'); delete its services, then the table (nft delete table bridge "
                    + SwitchTables.TABLE + "), and the driver makes a new one");
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
            } else if (chain.startsWith("class-")) {
                classChains.add(chain);
            }
        }
        JsonNode set = object.has("set") ? object.path("set") : object.path("map");
        String name = set.path("name").asText();
        hasMacLimits |= "mac-limits".equals(name);
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
            case "class-policies" -> {
                JsonNode key = concat(element);
                classTexts.computeIfAbsent(key.get(0).asInt(), i -> new TreeMap<>())
                        .computeIfAbsent(key.get(1).asText(), p -> new TreeMap<>())
                        .put(key.get(2).asInt(), element.path("elem").path("comment").asText(""));
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
                oversize.put(memberKey(key), key.get(2).path("range").get(0).asInt() - 1
                        + SwitchTables.FRAME_OVERHEAD);
            }
            case "committed", "excess", "committed-out", "excess-out" -> limitMaps
                    .computeIfAbsent(set, s -> new LinkedHashMap<>())
                    .put(memberKey(concat(element.get(0))), element.get(1).asText());
            case "mac-limits" -> macLimited.add(memberKey(concat(element.get(0))));
            case "marking" -> {
                JsonNode key = concat(element.get(0));
                JsonNode verdict = element.get(1);
                marking.put(new MarkingKey(key.get(0).asInt(), key.get(1).asText(), key.get(2).asInt(),
                        key.get(3).asInt()), verdict.has("jump") ? "jump " + verdict.path("jump").path("target")
                        .asText() : "drop");
            }
            case "classified", "classified-out" -> classified.computeIfAbsent(set, s -> new LinkedHashSet<>())
                    .add(memberKey(concat(element)));
            case "classes", "classes-out" -> {
                JsonNode key = concat(element.get(0));
                JsonNode verdict = element.get(1);
                classes.computeIfAbsent(set, s -> new LinkedHashMap<>()).put(new ClassKey(key.get(0).asInt(),
                        key.get(1).asText(), key.get(2).asInt()), verdict.has("goto")
                        ? "goto " + verdict.path("goto").path("target").asText() : Policers.UNPOLICED);
            }
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
            Map<String, UniPolicy> entryPolicies = new TreeMap<>(policies.getOrDefault(id, Map.of()));
            classTexts.getOrDefault(id, Map.of()).forEach((port, texts) -> entryPolicies.put(port,
                    PolicyText.withClasses(entryPolicies.getOrDefault(port, UniPolicy.NONE), texts.values())));
            entries.add(new Entry(id, kind, label.length > 1 ? label[1] : "", list, entryPolicies));
        });
        // the limits as the catalog states them, where the table applies one
        Map<MemberKey, SourceMacLimit> macLimits = new LinkedHashMap<>();
        for (String service : entries.stream().map(Entry::service).distinct().toList()) {
            Forwarding.of(entries.stream().filter(e -> e.service().equals(service)).toList()).macLimits()
                    .forEach((key, limit) -> {
                        if (macLimited.contains(key)) {
                            macLimits.put(key, limit);
                        }
                    });
        }
        return new SwitchTables(entries, new Forwarding(ingress, memberKeys, egress, oversize,
                policers(Policers.IN), policers(Policers.OUT), macLimits, marking), vlanChains);
    }

    private Policers policers(String direction) {
        Policers named = Policers.none(direction);
        Map<String, ClassChain> chains = new LinkedHashMap<>();
        for (String chain : classChains) {
            if (chain.startsWith("class-") && chain.contains("-" + direction + "-")) {
                chains.put(chain, new ClassChain(chain, limits.get(chain + "-cir"), limits.get(chain + "-eir")));
            }
        }
        return new Policers(direction, buckets(named.named("committed")), buckets(named.named("excess")),
                classified.getOrDefault(named.named("classified"), Set.of()),
                classes.getOrDefault(named.named("classes"), Map.of()), chains);
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
