package org.presto.api.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Parses a request body. It is read as bytes, so that text that is not UTF-8 (RFC 8259 8.1) is refused rather
     * than decoded into replacement characters.
     */
    static RpcInput parse(ObjectMapper json, byte[] body) {
        if (body == null || isBlank(body)) {
            return new RpcInput(json, json.createObjectNode());
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw RestconfError.malformed("request body is not valid JSON" + where(e) + ": " + shortMessage(e));
        } catch (IOException e) {
            // reading from a byte array fails only on its content, e.g. bytes that are not UTF-8
            throw RestconfError.malformed("request body is not valid UTF-8 JSON: " + e.getMessage());
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
        if (input != null) {
            refuseControlCharacters(input, "/input");
        }
        return new RpcInput(json, input == null ? json.createObjectNode() : input);
    }

    /**
     * No text of the input, member name or value, holds a control character (C0, DEL, C1): no member of the API
     * has a use for one, and a name with terminal escapes or a line break would reach operators' consoles and the
     * log as it came.
     */
    private static void refuseControlCharacters(JsonNode node, String path) {
        if (node.isTextual() && hasControl(node.textValue())) {
            throw RestconfError.invalidValue("control characters (escapes, line breaks, tabs) are not accepted in "
                    + "text", path);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = member.getKey();
                if (hasControl(name)) {
                    throw RestconfError.invalidValue("control characters are not accepted in member names", path);
                }
                refuseControlCharacters(member.getValue(), path + "/" + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseControlCharacters(node.get(i), path + "/" + i);
            }
        }
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** Binds the input to a type; unknown members and wrong types are errors with the path where they occur. */
    <T> T as(Class<T> type) {
        try {
            return json.treeToValue(input, type);
        } catch (UnrecognizedPropertyException e) {
            throw RestconfError.invalidValue("unknown or unsupported member \"" + e.getPropertyName() + "\"",
                    path(e));
        } catch (InvalidFormatException e) {
            Object value = e.getValue() instanceof String text ? "\"" + text + "\"" : e.getValue();
            String why = e.getTargetType() != null && e.getTargetType().isEnum() ? allowedLiterals(e.getTargetType())
                    : ": " + shortMessage(e);
            throw RestconfError.invalidValue("invalid value " + value + why, path(e));
        } catch (MismatchedInputException e) {
            throw RestconfError.invalidValue("wrong JSON type here: expected " + jsonKind(e.getTargetType()),
                    path(e));
        } catch (JsonMappingException e) {
            throw RestconfError.invalidValue("invalid value: " + shortMessage(e), path(e));
        } catch (JacksonException e) {
            throw RestconfError.malformed(shortMessage(e));
        }
    }

    /** For RPCs without input: refuses any input member and passes the result through. */
    <T> T noInput(T result) {
        input.fieldNames().forEachRemaining(name -> {
            throw RestconfError.invalidValue("this operation takes no input; unknown member \"" + name + "\"",
                    "/input/" + name);
        });
        return result;
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

    private static String allowedLiterals(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static String jsonKind(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** Jackson's message without its notes on sources and Java types, which mean nothing to an API client. */
    private static String shortMessage(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (");
        message = cut > 0 ? message.substring(0, cut) : message;
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    /** The RESTCONF error-path of a member of an operation's input, e.g. {@code /input/end-point[0]}. */
    static String path(String member) {
        return "/input/" + member;
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

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build();
    }
}
