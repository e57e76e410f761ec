package org.presto.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.presto.model.JsonDifferences;
import org.presto.model.json.TapiJson;

/**
 * Checks the model against the swagger itself rather than against examples written by hand: every definition has a
 * model type, every member of every type survives a read and a write with its exact name and nesting, every
 * enumeration literal is spelled as the spec spells it, and what the spec does not define is refused.
 */
class SpecRoundTripTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Guards the mapping rules themselves: a rule that swallowed definitions would make the test vacuous. */
    private static final int EXPECTED_TYPES = 116;
    private static PrestoNrpSwagger swagger;
    private final ObjectMapper mapper = TapiJson.newMapper();

    @BeforeAll
    static void loadSwagger() throws IOException {
        swagger = PrestoNrpSwagger.load();
    }

    static Stream<Arguments> objectDefinitions() throws IOException {
        loadSwagger();
        return swagger.modelTypes().entrySet().stream()
                .filter(e -> !swagger.definition(e.getKey()).has("enum"))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> enumerations() throws IOException {
        loadSwagger();
        return swagger.modelTypes().entrySet().stream()
                .filter(e -> swagger.definition(e.getKey()).has("enum"))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyDefinitionOfTheSwaggerHasAModelType() {
        List<String> missing = new ArrayList<>();
        swagger.modelTypes().forEach((definition, type) -> {
            try {
                modelClass(type);
            } catch (ClassNotFoundException e) {
                missing.add(definition + " -> " + type);
            }
        });
        assertEquals(List.of(), missing);
        assertEquals(EXPECTED_TYPES, new java.util.TreeSet<>(swagger.modelTypes().values()).size(),
                "distinct model types the swagger defines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectDefinitions")
    void everyMemberRoundTripsWithItsSpecNameAndNesting(String definition, String type) throws Exception {
        ObjectNode example = example(definition);
        Object value = mapper.treeToValue(example, modelClass(type));
        assertEquals(List.of(), JsonDifferences.between(example, mapper.valueToTree(value)), definition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectDefinitions")
    void membersQualifiedWithTheirModuleReadTheSame(String definition, String type) throws Exception {
        ObjectNode example = example(definition);
        Object plain = mapper.treeToValue(example, modelClass(type));
        Object qualified = mapper.treeToValue(qualified(example), modelClass(type));
        assertEquals(plain, qualified, definition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectDefinitions")
    void aMemberTheSpecDoesNotDefineIsRefused(String definition, String type) {
        ObjectNode example = example(definition);
        example.put("presto-undefined-member", 1);
        UnrecognizedPropertyException refused = assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.treeToValue(example, modelClass(type)));
        assertEquals("presto-undefined-member", refused.getPropertyName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumerations")
    void everyLiteralIsSpelledAsTheSpecSpellsIt(String definition, String type) throws Exception {
        Class<?> enumeration = modelClass(type);
        assertTrue(enumeration.isEnum(), type + " is an enumeration");
        List<String> literals = new ArrayList<>();
        swagger.definition(definition).get("enum").forEach(literal -> literals.add(literal.asText()));
        assertEquals(literals.size(), enumeration.getEnumConstants().length, type + " has exactly the spec literals");
        for (String literal : literals) {
            Object constant = mapper.treeToValue(NODES.textNode(literal), enumeration);
            assertEquals(NODES.textNode(literal), mapper.valueToTree(constant));
        }
        assertThrows(InvalidFormatException.class,
                () -> mapper.treeToValue(NODES.textNode(literals.get(0).toLowerCase() + "_X"), enumeration));
    }

    /** A value of the definition with every member present, nested to the leaves. */
    private static ObjectNode example(String definition) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : swagger.properties(definition).entrySet()) {
            object.set(member.getKey(), example(member.getKey(), member.getValue()));
        }
        return object;
    }

    private static JsonNode example(String member, JsonNode schema) {
        if (schema.has("$ref")) {
            String referenced = PrestoNrpSwagger.refName(schema);
            JsonNode target = swagger.definition(referenced);
            if (target.has("enum")) {
                // vary the literal by member so that one example exercises many of them
                return target.get("enum").get(Math.floorMod(member.hashCode(), target.get("enum").size()));
            }
            return example(referenced);
        }
        return switch (schema.path("type").asText()) {
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(member, schema.get("items")));
                yield array;
            }
            case "string" -> NODES.textNode("value-of-" + member);
            // int64 members get a value beyond int32, except VLAN ids, which the model bounds as YANG does
            case "integer" -> NODES.numberNode(schema.path("format").asText().equals("int64")
                    && !member.equals("vlan-id") ? 5_000_000_000L : 42);
            case "boolean" -> NODES.booleanNode(true);
            default -> throw new IllegalStateException("unexpected schema for " + member + ": " + schema);
        };
    }

    /** The same value with every member name qualified by one of the API's modules, as some clients send it. */
    private static JsonNode qualified(JsonNode value) {
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            value.forEach(element -> array.add(qualified(element)));
            return array;
        }
        if (!value.isObject()) {
            return value;
        }
        ObjectNode object = NODES.objectNode();
        List<String> modules = List.of("tapi-common", "tapi-topology", "tapi-connectivity", "tapi-path-computation",
                "nrp-interface");
        value.properties().forEach(member -> object.set(
                modules.get(Math.floorMod(member.getKey().hashCode(), modules.size())) + ":" + member.getKey(),
                qualified(member.getValue())));
        return object;
    }

    private static Class<?> modelClass(String type) throws ClassNotFoundException {
        return Class.forName("org.presto.model." + type);
    }
}
