package org.presto.model.yang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites data in the swagger's JSON form (plain member names, numbers as JSON numbers) into RFC 7951 JSON for the
 * schema node it is an instance of: a member's name is qualified with its module where the module differs from its
 * parent's (7951 4), 64-bit integers and decimals become strings (6.1), identities carry their module (6.8), empty
 * is [null] (6.9), a single value of a list or leaf-list becomes an array. Members the schema does not define
 * (Presto's own additions) are left out and reported through {@link #omitted()}, so that what is written is valid
 * against the modules.
 */
public final class Rfc7951Writer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<String> omitted = new ArrayList<>();

    /** The paths of the members left out by the writes so far. */
    public List<String> omitted() {
        return List.copyOf(omitted);
    }

    /** The top member of a reply: {"module:name": value}, a list entry as a list of one. */
    public ObjectNode top(SchemaNode node, JsonNode value) {
        ObjectNode reply = NODES.objectNode();
        reply.set(node.module() + ":" + node.name(), value(node, value, "/" + node.name()));
        return reply;
    }

    /** The value of a node (its members for a container or list entry, each qualified as RFC 7951 says). */
    public JsonNode value(SchemaNode node, JsonNode value, String path) {
        return switch (node.kind()) {
            case CONTAINER, INPUT, OUTPUT, RPC -> value.isObject() ? members(node, value, path) : value;
            case LIST -> {
                ArrayNode entries = NODES.arrayNode();
                for (JsonNode entry : value.isArray() ? value : NODES.arrayNode().add(value)) {
                    entries.add(entry.isObject() ? members(node, entry, path) : entry);
                }
                yield entries;
            }
            case LEAF -> scalar(node.type(), value);
            case LEAF_LIST -> {
                ArrayNode values = NODES.arrayNode();
                for (JsonNode item : value.isArray() ? value : NODES.arrayNode().add(value)) {
                    values.add(scalar(node.type(), item));
                }
                yield values;
            }
            case ANYDATA -> value;
        };
    }

    private ObjectNode members(SchemaNode parent, JsonNode object, String path) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            SchemaNode child = parent.child(member.getKey());
            String local = member.getKey().substring(member.getKey().indexOf(':') + 1);
            if (child == null) {
                omitted.add(path + "/" + local);
                continue;
            }
            String name = child.module().equals(parent.module()) ? local : child.module() + ":" + local;
            out.set(name, value(child, member.getValue(), path + "/" + local));
        }
        return out;
    }

    static JsonNode scalar(LeafType type, JsonNode value) {
        if (type == null || value.isNull() && type.base() != LeafType.Base.EMPTY) {
            return value;
        }
        return switch (type.base()) {
            case INT64, DECIMAL64 -> value.isNumber() ? NODES.textNode(value.asText()) : value;
            case NUMBER -> value.isTextual() ? number(value) : value;
            case BOOLEAN -> value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))
                    ? NODES.booleanNode(Boolean.parseBoolean(value.asText())) : value;
            case IDENTITYREF -> value.isTextual() && value.asText().indexOf(':') < 0
                    ? NODES.textNode(type.identityModule() + ":" + value.asText()) : value;
            case EMPTY -> NODES.arrayNode().addNull();
            case UNION -> value;
            default -> value.isValueNode() && !value.isTextual() ? NODES.textNode(value.asText()) : value;
        };
    }

    private static JsonNode number(JsonNode text) {
        try {
            return NODES.numberNode(new BigDecimal(text.asText().trim()).toBigIntegerExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }
}
