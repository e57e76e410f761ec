package org.presto.api.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The "input" of an RPC body, as the swagger nests it ({"input": {...}}), also accepted module-qualified
 * ({"tapi-connectivity:input": {...}}) as RFC 8040 writes it. An absent or empty body is an empty input.
 */
final class RpcInput {
    private final ObjectMapper json;
    final ObjectNode input;

    private RpcInput(ObjectMapper json, ObjectNode input) {
        this.json = json;
        this.input = input;
    }

    static RpcInput parse(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return new RpcInput(json, json.createObjectNode());
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw RestconfError.malformed("request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            return new RpcInput(json, json.createObjectNode());
        }
        if (!root.isObject()) {
            throw RestconfError.malformed("request body must be a JSON object with member \"input\"");
        }
        ObjectNode input = null;
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            String name = member.getKey();
            if (!name.equals("input") && !name.endsWith(":input")) {
                throw RestconfError.invalidValue("unknown member \"" + name + "\"; the body is {\"input\": {...}}",
                        "/" + name);
            }
            if (!member.getValue().isObject()) {
                throw RestconfError.invalidValue("\"input\" must be an object", "/input");
            }
            input = (ObjectNode) member.getValue();
        }
        return new RpcInput(json, input == null ? json.createObjectNode() : input);
    }

    /** Binds the input to a type; unknown members and wrong types are errors with the path where they occur. */
    <T> T as(Class<T> type) {
        try {
            return json.treeToValue(input, type);
        } catch (UnrecognizedPropertyException e) {
            throw RestconfError.invalidValue("unknown or unsupported member \"" + e.getPropertyName() + "\"",
                    path(e));
        } catch (JsonMappingException e) {
            throw RestconfError.invalidValue("invalid value: " + e.getOriginalMessage(), path(e));
        } catch (JacksonException e) {
            throw RestconfError.malformed(e.getOriginalMessage());
        }
    }

    /** A string member among those allowed; all other members are refused. */
    String string(String member, Set<String> allowed) {
        input.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw RestconfError.invalidValue("unknown or unsupported member \"" + name + "\"", "/input/" + name);
            }
        });
        JsonNode value = input.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw RestconfError.invalidValue("\"" + member + "\" must be a string", "/input/" + member);
        }
        return value.asText();
    }

    /** A required string member. */
    String requiredString(String member, Set<String> allowed) {
        String value = string(member, allowed);
        if (value == null || value.isBlank()) {
            throw RestconfError.invalidValue("\"" + member + "\" is required", "/input/" + member);
        }
        return value;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("/input");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('/').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build();
    }
}
