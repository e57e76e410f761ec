package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.presto.model.yang.SchemaNode;

/**
 * RFC 8040 4.8.1 {@code content}: {@code config} keeps the configuration data nodes (connectivity services, path
 * computation services, SIPs), {@code nonconfig} the state data (topology, connections, paths, operational states),
 * with the keys of the list entries and the containers on the way to it; {@code all}, the default, keeps both. What
 * is which is the YANG modules' {@code config} statement.
 */
final class ContentFilter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContentFilter() {
    }

    /** The content a value asks for, or null for all. */
    static Boolean parse(String content) {
        if (content == null || content.equals("all")) {
            return null;
        }
        if (content.equals("config") || content.equals("nonconfig")) {
            return content.equals("config");
        }
        throw RestconfError.invalidValue("content is 'all', 'config' or 'nonconfig', not '" + content + "'", null);
    }

    /** The part of the value of a schema node that is configuration (config true) or state (false); null if none. */
    static JsonNode keep(JsonNode value, SchemaNode node, boolean config) {
        return switch (node.kind()) {
            case LEAF, LEAF_LIST, ANYDATA -> node.config() == config ? value : null;
            case LIST -> {
                if (!node.config()) {
                    yield config ? null : value;
                }
                ArrayNode entries = NODES.arrayNode();
                for (JsonNode entry : value.isArray() ? value : NODES.arrayNode().add(value)) {
                    JsonNode kept = members(entry, node, config);
                    if (kept != null) {
                        entries.add(kept);
                    }
                }
                yield entries.isEmpty() ? null : entries;
            }
            default -> !node.config() ? (config ? null : value) : members(value, node, config);
        };
    }

    private static JsonNode members(JsonNode object, SchemaNode node, boolean config) {
        if (!object.isObject()) {
            return object;
        }
        ObjectNode kept = NODES.objectNode();
        boolean content = false;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            SchemaNode child = node.child(member.getKey());
            if (child == null) {
                continue;
            }
            boolean key = node.keys().contains(child.name());
            JsonNode value = key ? member.getValue() : keep(member.getValue(), child, config);
            if (value != null) {
                kept.set(member.getKey(), value);
                content |= !key;
            }
        }
        return content ? kept : null;
    }
}
