package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 8040 query parameters of a data GET that shape the reply: {@code depth} (4.8.2: how many levels of the
 * target's subtree; 1 is the target alone, leaves and leaf-lists count as a level) and {@code fields} (4.8.3: only
 * the named descendants, e.g. {@code name;node(uuid;owned-node-edge-point/uuid)}). Member names may carry module
 * prefixes. Both prune the tree before it is written.
 */
final class DataQuery {
    /** The member names selected at one level, each with the selection below it ({@link #WHOLE}: all of it). */
    /** A member selected with all below it, which a narrower selection of the same member does not narrow. */
    private static final DataQuery WHOLE = new DataQuery(null, Integer.MAX_VALUE);

    private final Map<String, DataQuery> fields;
    private final int depth;

    private DataQuery(Map<String, DataQuery> fields, int depth) {
        this.fields = fields;
        this.depth = depth;
    }

    static DataQuery of(String depth, String fields) {
        int levels = Integer.MAX_VALUE;
        if (depth != null && !depth.equals("unbounded")) {
            try {
                levels = Integer.parseInt(depth);
            } catch (NumberFormatException e) {
                levels = 0;
            }
            if (levels < 1 || levels > 65535) {
                throw RestconfError.invalidValue("depth is 'unbounded' or a whole number from 1 to 65535, not '"
                        + depth + "'", null);
            }
        }
        Map<String, DataQuery> selected = null;
        if (fields != null) {
            Parser parser = new Parser(fields);
            selected = parser.list();
            if (parser.at < fields.length()) {
                throw parser.error();
            }
        }
        return new DataQuery(selected, levels);
    }

    boolean prunes() {
        return fields != null || depth != Integer.MAX_VALUE;
    }

    JsonNode apply(JsonNode node) {
        return prune(node, fields, depth);
    }

    private static JsonNode prune(JsonNode node, Map<String, DataQuery> selected, int levels) {
        if (node.isArray()) {
            ArrayNode entries = JsonNodeFactory.instance.arrayNode();
            node.forEach(entry -> entries.add(entry.isObject() ? prune(entry, selected, levels) : entry));
            return entries;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        if (levels <= 1) {
            return kept;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = DataPath.localName(member.getKey());
            if (selected != null && !selected.containsKey(name)) {
                continue;
            }
            DataQuery below = selected == null ? null : selected.get(name);
            JsonNode value = member.getValue();
            boolean leaf = !value.isObject() && !(value.isArray() && value.size() > 0 && value.get(0).isObject());
            kept.set(member.getKey(), leaf ? value : prune(value, below == null ? null : below.fields, levels - 1));
        }
        return kept;
    }

    /** fields-expr = path "(" fields-expr ")" / path ";" fields-expr / path; path = node-id *("/" node-id). */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Map<String, DataQuery> list() {
            Map<String, DataQuery> selected = new LinkedHashMap<>();
            do {
                path(selected);
            } while (at < text.length() && text.charAt(at) == ';' && ++at > 0);
            return selected;
        }

        private void path(Map<String, DataQuery> into) {
            String name = nodeId();
            Map<String, DataQuery> level = into;
            while (at < text.length() && text.charAt(at) == '/') {
                at++;
                level = child(level, name);
                name = nodeId();
            }
            if (at < text.length() && text.charAt(at) == '(') {
                at++;
                Map<String, DataQuery> inner = list();
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw error();
                }
                at++;
                Map<String, DataQuery> below = child(level, name);
                inner.forEach((member, selection) -> merge(below, member, selection));
            } else {
                level.put(name, WHOLE);
            }
        }

        /** Adds a member's selection to what a level selects: the union of both. */
        private static void merge(Map<String, DataQuery> level, String name, DataQuery selection) {
            if (selection == WHOLE) {
                level.put(name, WHOLE);
                return;
            }
            Map<String, DataQuery> below = child(level, name);
            selection.fields.forEach((member, inner) -> merge(below, member, inner));
        }

        /**
         * The selection below a member, a partial one where nothing was selected of it; where all of it was, a
         * selection that goes nowhere.
         */
        private static Map<String, DataQuery> child(Map<String, DataQuery> level, String name) {
            DataQuery existing = level.get(name);
            if (existing == WHOLE) {
                return new LinkedHashMap<>();
            }
            if (existing == null) {
                existing = new DataQuery(new LinkedHashMap<>(), Integer.MAX_VALUE);
                level.put(name, existing);
            }
            return existing.fields;
        }

        private String nodeId() {
            int start = at;
            while (at < text.length() && "/;()".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (start == at) {
                throw error();
            }
            return DataPath.localName(text.substring(start, at).trim());
        }

        RestconfError error() {
            return RestconfError.invalidValue("fields '" + text + "' is not a fields expression (RFC 8040 4.8.3) "
                    + "at character " + (at + 1), null);
        }
    }
}
