package org.presto.model.tapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.Context;
import org.presto.model.Link;
import org.presto.model.NodeEdgePoint;
import org.presto.model.tapi.ModelMembers.Member;
import org.presto.model.tapi.TapiRules.UuidReference;

/**
 * Reads a TAPI document into the model. It walks the document along the model's types, so that each problem is found
 * where it is and named by its path in the document, and rewrites what TAPI 2.1 (and 2.0, 2.4) shapes differently
 * ({@link TapiRules}) into the model's JSON, which the strict model mapper then reads. What the model has no place
 * for, and values that make no sense, are left out and reported ({@link ImportedContext#ignored()}); what cannot be
 * left out, a uuid or a reference, makes the import fail.
 */
final class TapiImport {
    /** A reference whose parent uuids can only be checked once the whole context is read. */
    record PendingReference(String path, UuidReference reference, ObjectNode given) {
    }

    private final ObjectMapper mapper;
    private final ModelMembers members;
    private final List<PendingReference> pending = new ArrayList<>();
    private final List<ImportedContext.Ignored> ignored = new ArrayList<>();
    /** References to edge points and SIPs, to be found in the context once it is read. */
    private final List<ReferenceCheck.Target> targets = new ArrayList<>();

    TapiImport(ObjectMapper mapper, ModelMembers members) {
        this.mapper = mapper;
        this.members = members;
    }

    ImportedContext read(JsonNode document) throws InvalidTapiContextException {
        if (document == null || !document.isObject()) {
            throw new InvalidTapiContextException("", "a TAPI context document is a JSON object, "
                    + TapiRules.CONTEXT + " or the context itself");
        }
        Map.Entry<String, JsonNode> found = TapiEnvelope.context(document, "", ignored);
        ObjectNode model = object(found.getValue(), Context.class, found.getKey());
        Context context;
        try {
            context = mapper.treeToValue(model, Context.class);
        } catch (JsonProcessingException e) {
            // every member was checked on the way; this is a defect of the rules, not of the document
            throw new IllegalStateException("a checked TAPI context did not map onto the model", e);
        }
        ReferenceCheck references = new ReferenceCheck(ContextIndex.of(context));
        references.check(pending);
        references.checkTargets(targets, context);
        return new ImportedContext(context, ignored);
    }

    private void ignore(String path, String reason) {
        ignored.add(new ImportedContext.Ignored(path, reason));
    }

    /** The object in the model's JSON, or null when it is left out (a required member of it was). */
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
            } else if (TapiRules.isReferenceType(type)) {
                // TAPI 2.1+ names references *-uuid, TAPI 2.0 *-id as the model does
                put(result, type, TapiRules.tapi20ReferenceName(name), field.getValue(), known, memberPath);
            } else {
                put(result, type, name, field.getValue(), known, memberPath);
            }
        }
        for (String required : TapiRules.required(type)) {
            if (!result.has(required)) {
                // one report for the object: why its member could not be read, if it was there
                String within = path + "/";
                List<ImportedContext.Ignored> inside = ignored.stream().filter(i -> i.path().startsWith(within))
                        .toList();
                ignored.removeAll(inside);
                ignore(path, "left out: its " + required + (inside.isEmpty() ? " is missing"
                        : " has " + inside.get(0).reason()));
                return null;
            }
        }
        return result;
    }

    private void container(JsonNode value, List<String> allowed, ObjectNode result, Class<?> type,
                           Map<String, Member> known, String path) throws InvalidTapiContextException {
        if (!value.isObject()) {
            ignore(path, "expected an object, found " + kind(value));
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = localName(field.getKey());
            String memberPath = path + "/" + pointer(field.getKey());
            if (!allowed.contains(name)) {
                ignore(memberPath, "unknown member, or one Presto does not support; Presto reads " + allowed);
                continue;
            }
            put(result, type, name, field.getValue(), known, memberPath);
        }
    }

    private void put(ObjectNode result, Class<?> type, String name, JsonNode value, Map<String, Member> known,
                     String path) throws InvalidTapiContextException {
        Member member = known.get(name);
        String renamed = TapiRules.tapi21MemberName(type, name);
        if (member == null && renamed != null && known.containsKey(renamed)) {
            // TAPI 2.4's name of a TAPI 2.1 member
            put(result, type, renamed, value, known, path);
            return;
        }
        String qualifiers = TapiRules.tapi21QualifierList(type);
        if (member == null && name.equals(TapiRules.QUALIFIER_INSTANCES) && known.containsKey(qualifiers)
                && value.isArray()) {
            put(result, type, qualifiers, qualifiers(value, path), known, path);
            return;
        }
        if (member == null) {
            ignore(path, "unknown member, or one Presto does not support");
            return;
        }
        if (result.has(name)) {
            ignore(path, "member given twice (with and without module prefix); the first is kept");
            return;
        }
        JsonNode converted = value(value, type, name, member, path);
        if (converted != null) {
            result.set(name, converted);
        }
    }

    /** The qualifiers of TAPI 2.4's list of them with their numbers of instances, which TAPI 2.1 has no place for. */
    private JsonNode qualifiers(JsonNode instances, String path) {
        ArrayNode qualifiers = mapper.createArrayNode();
        for (int i = 0; i < instances.size(); i++) {
            JsonNode instance = instances.get(i);
            for (Map.Entry<String, JsonNode> field : instance.properties()) {
                if (localName(field.getKey()).equals("layer-protocol-qualifier")) {
                    qualifiers.add(field.getValue());
                } else {
                    ignore(path + "/" + i + "/" + pointer(field.getKey()), "left out: TAPI 2.1 lists a point's "
                            + "qualifiers without their number of instances");
                }
            }
        }
        return qualifiers;
    }

    /** The member's value in the model's JSON, or null when it is left out. */
    private JsonNode value(JsonNode value, Class<?> owner, String name, Member member, String path)
            throws InvalidTapiContextException {
        if (value.isNull()) {
            return essential(owner, name, path, "null is not a value");
        }
        UuidReference reference = TapiRules.uuidReference(owner, name);
        if (!member.isList()) {
            if (value.isArray()) {
                // a list where the model has one value: a list of one is that value
                if (value.size() != 1) {
                    return essential(owner, name, path, "a list of " + value.size() + " where one value belongs");
                }
                return one(value.get(0), owner, name, member.valueType(), reference, path + "/0");
            }
            return one(value, owner, name, member.valueType(), reference, path);
        }
        ArrayNode list = mapper.createArrayNode();
        if (!value.isArray()) {
            // TAPI 2.1 has single values where TAPI 2.0 has lists (layer-protocol-name of a SIP, a CEP's parent)
            JsonNode single = one(value, owner, name, member.valueType(), reference, path);
            return single == null ? null : list.add(single);
        }
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = one(value.get(i), owner, name, member.valueType(), reference, path + "/" + i);
            if (item != null && unique(item, keys, i, path)) {
                list.add(item);
            }
        }
        return list;
    }

    /**
     * Whether a list item's key is not that of an earlier item: YANG keeps list keys unique. Two objects with one
     * uuid cannot both be referred to, so the document is refused; a second name of one value-name (or local-id) is
     * left out, the first kept.
     */
    private boolean unique(JsonNode item, Map<String, Integer> keys, int index, String path)
            throws InvalidTapiContextException {
        String key = item.isObject() ? item.properties().stream().map(Map.Entry::getKey).filter(TapiRules::isKey)
                .findFirst().orElse(null) : null;
        if (key == null) {
            return true;
        }
        Integer first = keys.putIfAbsent(item.get(key).asText(), index);
        if (first == null) {
            return true;
        }
        String problem = key + " " + item.get(key).asText() + " is that of " + path + "/" + first + " too";
        if (key.equals("uuid")) {
            throw new InvalidTapiContextException(path + "/" + index + "/uuid", problem
                    + "; a uuid names one object");
        }
        ignore(path + "/" + index, problem + "; the first is kept");
        return false;
    }

    private JsonNode one(JsonNode value, Class<?> owner, String name, Class<?> type, UuidReference reference,
                         String path) throws InvalidTapiContextException {
        if (value.isNull()) {
            return essential(owner, name, path, "null is not a value");
        }
        if (reference != null) {
            return uuidReference(value, reference, path);
        }
        if (ModelMembers.isModelRecord(type)) {
            if (!value.isObject()) {
                return essential(owner, name, path, "expected an object, found " + kind(value));
            }
            ObjectNode result = object(value, type, path);
            // what a network is made of: a link's ends and an edge point's SIPs (services are Presto's to make)
            boolean topological = owner == Link.class || owner == NodeEdgePoint.class;
            ReferenceCheck.Target target = result == null || !topological ? null
                    : ReferenceCheck.Target.of(type, result, path);
            if (target != null) {
                targets.add(target);
            }
            return result;
        }
        JsonNode normalised = type.isEnum() ? TapiLiterals.literal(value, type) : value;
        try {
            mapper.treeToValue(normalised, type);
        } catch (JsonProcessingException e) {
            return essential(owner, name, path, "invalid value " + abbreviated(value) + ": " + (type.isEnum()
                    ? TapiLiterals.expected(value, type) : e.getOriginalMessage().lines().findFirst().orElse("")));
        }
        return normalised;
    }

    /**
     * Leaves out a member whose value cannot be read, unless it is what identifies an object (its uuid, local-id or
     * value-name): without it there is no object, and no network, to speak of.
     */
    private JsonNode essential(Class<?> owner, String name, String path, String problem)
            throws InvalidTapiContextException {
        if (TapiRules.isKey(name)) {
            throw new InvalidTapiContextException(path, problem);
        }
        ignore(path, problem);
        return null;
    }

    private JsonNode uuidReference(JsonNode value, UuidReference reference, String path)
            throws InvalidTapiContextException {
        if (value.isTextual()) {
            // TAPI 2.0 writes a reference as the bare uuid of its target
            return value;
        }
        if (!value.isObject()) {
            throw new InvalidTapiContextException(path, "expected a reference object with " + reference.keys()
                    + ", found " + kind(value));
        }
        ObjectNode given = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = localName(field.getKey());
            if (!reference.keys().contains(name)) {
                ignore(path + "/" + pointer(field.getKey()), "unknown member; a reference here has "
                        + reference.keys());
                continue;
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
