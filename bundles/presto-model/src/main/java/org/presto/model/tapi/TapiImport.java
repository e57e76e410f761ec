package org.presto.model.tapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.presto.model.Context;
import org.presto.model.LayerProtocolName;
import org.presto.model.NodeEdgePoint;
import org.presto.model.tapi.ModelMembers.Member;
import org.presto.model.tapi.TapiRules.UuidReference;

/**
 * Reads a TAPI 2.1.3 document into the model. It walks the document along the model's types, so that each problem
 * is found where it is and reported with its path in the document, and rewrites what TAPI 2.1 shapes differently
 * ({@link TapiRules}) into the model's JSON, which the strict model mapper then reads.
 */
final class TapiImport {
    /** A reference whose parent uuids can only be checked once the whole context is read. */
    record PendingReference(String path, UuidReference reference, ObjectNode given) {
    }

    private final ObjectMapper mapper;
    private final ModelMembers members;
    private final List<PendingReference> pending = new ArrayList<>();

    TapiImport(ObjectMapper mapper, ModelMembers members) {
        this.mapper = mapper;
        this.members = members;
    }

    Context read(JsonNode document) throws InvalidTapiContextException {
        if (document == null || !document.isObject()) {
            throw new InvalidTapiContextException("", "a TAPI context document is a JSON object with the member "
                    + TapiRules.CONTEXT);
        }
        for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(TapiRules.CONTEXT)) {
                throw new InvalidTapiContextException("/" + pointer(name), "unknown member; a TAPI context document "
                        + "has the single member " + TapiRules.CONTEXT);
            }
        }
        if (!document.has(TapiRules.CONTEXT)) {
            throw new InvalidTapiContextException("", "no member " + TapiRules.CONTEXT);
        }
        ObjectNode model = object(document.get(TapiRules.CONTEXT), Context.class, "/" + TapiRules.CONTEXT);
        Context context;
        try {
            context = mapper.treeToValue(model, Context.class);
        } catch (JsonProcessingException e) {
            // every member was checked on the way; this is a defect of the rules, not of the document
            throw new IllegalStateException("a checked TAPI context did not map onto the model", e);
        }
        new ReferenceCheck(ContextIndex.of(context)).check(pending);
        return context;
    }

    private ObjectNode object(JsonNode value, Class<?> type, String path) throws InvalidTapiContextException {
        if (!value.isObject()) {
            throw new InvalidTapiContextException(path, "expected an object, found " + kind(value));
        }
        ObjectNode result = mapper.createObjectNode();
        Map<String, Member> known = members.of(type);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = localName(field.getKey());
            String memberPath = path + "/" + pointer(field.getKey());
            if (type == Context.class && TapiRules.CONTEXT_CONTAINERS.containsKey(name)) {
                container(field.getValue(), TapiRules.CONTEXT_CONTAINERS.get(name).members(), result, type, known,
                        memberPath);
            } else if (type == NodeEdgePoint.class && name.equals(TapiRules.CEP_LIST)) {
                container(field.getValue(), List.of(TapiRules.CONNECTION_END_POINT), result, type, known,
                        memberPath);
            } else if (TapiRules.isReferenceType(type) && !name.endsWith("-uuid")) {
                throw new InvalidTapiContextException(memberPath, "unknown member; TAPI 2.1.3 references name their "
                        + "targets with *-uuid members");
            } else {
                String modelName = TapiRules.isReferenceType(type) ? TapiRules.tapi20ReferenceName(name) : name;
                put(result, type, modelName, field.getValue(), known, memberPath);
            }
        }
        return result;
    }

    private void container(JsonNode value, List<String> allowed, ObjectNode result, Class<?> type,
                           Map<String, Member> known, String path) throws InvalidTapiContextException {
        if (!value.isObject()) {
            throw new InvalidTapiContextException(path, "expected an object, found " + kind(value));
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = localName(field.getKey());
            String memberPath = path + "/" + pointer(field.getKey());
            if (!allowed.contains(name)) {
                throw new InvalidTapiContextException(memberPath, "unknown member, or one Presto does not support; "
                        + "expected " + allowed);
            }
            put(result, type, name, field.getValue(), known, memberPath);
        }
    }

    private void put(ObjectNode result, Class<?> type, String name, JsonNode value, Map<String, Member> known,
                     String path) throws InvalidTapiContextException {
        Member member = known.get(name);
        if (member == null) {
            throw new InvalidTapiContextException(path, "unknown member, or one Presto does not support");
        }
        if (result.has(name)) {
            throw new InvalidTapiContextException(path, "member given twice");
        }
        result.set(name, value(value, type, name, member, path));
    }

    private JsonNode value(JsonNode value, Class<?> owner, String name, Member member, String path)
            throws InvalidTapiContextException {
        if (value.isNull()) {
            throw new InvalidTapiContextException(path, "null is not a value; leave the member out instead");
        }
        UuidReference reference = TapiRules.uuidReference(owner, name);
        if (!member.isList()) {
            return one(value, member.valueType(), reference, path);
        }
        ArrayNode list = mapper.createArrayNode();
        if (TapiRules.isSingleInTapi21(owner, name)) {
            if (value.isArray()) {
                throw new InvalidTapiContextException(path, "is a single value in TAPI 2.1.3, not a list");
            }
            list.add(one(value, member.valueType(), reference, path));
            return list;
        }
        if (!value.isArray()) {
            throw new InvalidTapiContextException(path, "expected a list, found " + kind(value));
        }
        for (int i = 0; i < value.size(); i++) {
            list.add(one(value.get(i), member.valueType(), reference, path + "/" + i));
        }
        return list;
    }

    private JsonNode one(JsonNode value, Class<?> type, UuidReference reference, String path)
            throws InvalidTapiContextException {
        if (value.isNull()) {
            throw new InvalidTapiContextException(path, "null is not a value");
        }
        if (reference != null) {
            return uuidReference(value, reference, path);
        }
        if (ModelMembers.isModelRecord(type)) {
            return object(value, type, path);
        }
        if (type == LayerProtocolName.class) {
            if (!value.isTextual() || !TapiRules.TAPI21_LAYERS.contains(value.asText())) {
                throw new InvalidTapiContextException(path, "expected a TAPI 2.1.3 layer-protocol-name, one of "
                        + TapiRules.TAPI21_LAYERS + ", found " + value);
            }
            return mapper.getNodeFactory().textNode(TapiRules.tapi20Layer(value.asText()));
        }
        try {
            mapper.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new InvalidTapiContextException(path, "invalid value " + abbreviated(value) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return value;
    }

    private JsonNode uuidReference(JsonNode value, UuidReference reference, String path)
            throws InvalidTapiContextException {
        if (!value.isObject()) {
            throw new InvalidTapiContextException(path, "expected a reference object with " + reference.keys()
                    + ", found " + kind(value));
        }
        ObjectNode given = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = localName(field.getKey());
            if (!reference.keys().contains(name)) {
                throw new InvalidTapiContextException(path + "/" + pointer(field.getKey()), "unknown member; a "
                        + "reference here has " + reference.keys());
            }
            if (!field.getValue().isTextual()) {
                throw new InvalidTapiContextException(path + "/" + pointer(field.getKey()), "expected a uuid string");
            }
            given.set(name, field.getValue());
        }
        for (String key : reference.keys()) {
            if (!given.has(key)) {
                throw new InvalidTapiContextException(path, "reference without " + key);
            }
        }
        if (reference.keys().size() > 1) {
            pending.add(new PendingReference(path, reference, given));
        }
        return given.get(reference.targetKey());
    }

    /** The member name without its module prefix: RFC 7951 prefixes a member whose module differs from its parent's. */
    static String localName(String member) {
        int colon = member.indexOf(':');
        return colon < 0 ? member : member.substring(colon + 1);
    }

    static String pointer(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
