package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.core.PrestoContext;
import org.presto.model.IdOrName;
import org.presto.model.Name;
import org.presto.model.Topology;

/**
 * The part of the context a data path reaches, as a JSON tree of the context's shape that holds the path's target and
 * what it walks through, and of each list it keys into only the entries the key can name: one service is one lookup
 * of the service and one small tree, not the whole context made and converted (11.7 MB at 2 000 services). A path
 * into a member without a lookup of its own (the context's uuid, its path computation service) gets the whole
 * context. {@link DataPath} then walks the slice as it would the whole, so that keys, errors and syntaxes stay one.
 */
final class ContextSlices {
    private final PrestoContext context;
    private final ConnectivityManager connectivity;
    private final NetworkInventory inventory;
    private final ObjectMapper json;

    ContextSlices(PrestoContext context, ConnectivityManager connectivity, NetworkInventory inventory,
                  ObjectMapper json) {
        this.context = context;
        this.connectivity = connectivity;
        this.inventory = inventory;
        this.json = json;
    }

    /**
     * The context as a path reaches it.
     *
     * @param page the page of the target list, when the slice holds that page only (else null)
     */
    record Slice(JsonNode context, ListPage.Page<JsonNode> page) {
    }

    /**
     * @param segments the path's segments after the root ({@code context})
     * @param page     the page asked of the target, if it is a list, or null
     */
    Slice reaching(List<String> segments, ListPage page) {
        if (segments.isEmpty()) {
            return new Slice(whole(), null);
        }
        Key first = Key.at(segments, 0);
        if (page != null && !page.sorts() && first.key() == null && first.next() == segments.size()) {
            // the target is a list of the context: only the page is converted
            return switch (first.member()) {
                case "connectivity-service" -> paged(first, connectivity.services(), s -> s.uuid(), page);
                case "connection" -> paged(first, connectivity.connections(), c -> c.uuid(), page);
                case "service-interface-point" -> paged(first, inventory.serviceInterfacePoints(), s -> s.uuid(),
                        page);
                case "topology" -> paged(first, inventory.topologies().stream()
                        .map(TopologyCharacteristics::complete).toList(), Topology::uuid, page);
                default -> new Slice(whole(), null);
            };
        }
        JsonNode context = switch (first.member()) {
            case "connectivity-service" -> slice(first, first.key() == null ? connectivity.services()
                    : first.key().isBlank() ? List.of() : connectivity.service(first.key()).stream().toList());
            case "connection" -> slice(first, named(connectivity.connections(), first.key(), c -> c.uuid(),
                    c -> c.name()));
            case "service-interface-point" -> slice(first, named(inventory.serviceInterfacePoints(), first.key(),
                    s -> s.uuid(), s -> s.name()));
            case "topology" -> topology(first, segments);
            default -> whole();
        };
        return new Slice(context, null);
    }

    private <T> Slice paged(Key key, List<T> entries, Function<T, String> uuid, ListPage page) {
        ObjectNode slice = json.createObjectNode();
        if (entries.isEmpty()) {
            // as the whole context reads: an empty list is not there (404), paged or not
            return new Slice(slice, null);
        }
        ListPage.Page<T> models = page.apply(entries, uuid);
        List<JsonNode> converted = models.entries().stream().map(e -> (JsonNode) json.valueToTree(e)).toList();
        slice.set(key.member(), json.createArrayNode().addAll(converted));
        return new Slice(slice, new ListPage.Page<>(converted, models.remaining(), models.next(),
                models.previous()));
    }

    private JsonNode whole() {
        return json.valueToTree(TopologyCharacteristics.complete(context.context()));
    }

    /** A topology, and of its nodes or links only those the next segment's key can name. */
    private JsonNode topology(Key first, List<String> segments) {
        List<Topology> topologies = named(inventory.topologies(), first.key(), Topology::uuid, Topology::name);
        Key second = first.key() == null || first.next() >= segments.size() ? null : Key.at(segments, first.next());
        if (second == null || second.key() == null || topologies.isEmpty()
                || !second.member().equals("node") && !second.member().equals("link")) {
            return slice(first, topologies.stream().map(TopologyCharacteristics::complete).toList());
        }
        ArrayNode entries = json.createArrayNode();
        for (Topology topology : topologies) {
            boolean nodes = second.member().equals("node");
            ObjectNode entry = json.valueToTree(topology.with(t -> t.node(List.of()).link(List.of())));
            if (nodes && !topology.node().isEmpty()) {
                entry.set("node", json.valueToTree(named(topology.node(), second.key(), n -> n.uuid(),
                        n -> n.name()).stream().map(TopologyCharacteristics::complete).toList()));
            } else if (!nodes && !topology.link().isEmpty()) {
                entry.set("link", json.valueToTree(named(topology.link(), second.key(), l -> l.uuid(),
                        l -> l.name()).stream().map(TopologyCharacteristics::complete).toList()));
            }
            entries.add(entry);
        }
        ObjectNode slice = json.createObjectNode();
        slice.set(first.member(), entries);
        return slice;
    }

    /** The context with one member: the entries given, or nothing where a whole list is empty (as it reads). */
    private ObjectNode slice(Key key, List<?> entries) {
        ObjectNode slice = json.createObjectNode();
        if (key.key() != null || !entries.isEmpty()) {
            slice.set(key.member(), json.valueToTree(entries));
        }
        return slice;
    }

    /** The entries a key can name (its uuid, or a name value), or all of them where there is no key. */
    private static <T> List<T> named(List<T> all, String key, Function<T, String> uuid, Function<T, List<Name>> name) {
        return key == null ? all : all.stream().filter(e -> IdOrName.matches(uuid.apply(e), name.apply(e), key))
                .toList();
    }

    /**
     * A list member and its key as a path writes them: {@code member=key}, or the drafts' {@code member/key}.
     *
     * @param next the index of the segment after this one
     */
    private record Key(String member, String key, int next) {
        static Key at(List<String> segments, int index) {
            String segment = segments.get(index);
            int eq = segment.indexOf('=');
            if (eq >= 0) {
                return new Key(DataPath.localName(segment.substring(0, eq)), segment.substring(eq + 1), index + 1);
            }
            String member = DataPath.localName(segment);
            return index + 1 < segments.size() ? new Key(member, segments.get(index + 1), index + 2)
                    : new Key(member, null, index + 1);
        }
    }
}
