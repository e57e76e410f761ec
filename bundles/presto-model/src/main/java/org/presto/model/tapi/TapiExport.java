package org.presto.model.tapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.presto.model.Context;
import org.presto.model.LayerProtocolName;
import org.presto.model.NodeEdgePoint;
import org.presto.model.tapi.ContextIndex.Location;
import org.presto.model.tapi.ModelMembers.Member;
import org.presto.model.tapi.TapiRules.ContextContainer;
import org.presto.model.tapi.TapiRules.UuidReference;

/** Writes the model as a TAPI 2.1.3 document: the model's JSON, reshaped where TAPI 2.1 differs ({@link TapiRules}). */
final class TapiExport {
    private final ObjectMapper mapper;
    private final ModelMembers members;

    TapiExport(ObjectMapper mapper, ModelMembers members) {
        this.mapper = mapper;
        this.members = members;
    }

    ObjectNode write(Context context) {
        ContextIndex index = ContextIndex.of(context);
        ObjectNode document = mapper.createObjectNode();
        document.set(TapiRules.CONTEXT, object(mapper.valueToTree(context), Context.class, index));
        return document;
    }

    private ObjectNode object(JsonNode value, Class<?> type, ContextIndex index) {
        ObjectNode result = mapper.createObjectNode();
        Map<String, Member> known = members.of(type);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            JsonNode converted = value(field.getValue(), type, name, known.get(name), index);
            ContextContainer container = type == Context.class ? containerOf(name) : null;
            if (container != null) {
                result.withObjectProperty(container.qualifiedName()).set(name, converted);
            } else if (type == NodeEdgePoint.class && name.equals(TapiRules.CONNECTION_END_POINT)) {
                result.withObjectProperty(TapiRules.CEP_LIST_QUALIFIED).set(name, converted);
            } else if (TapiRules.isReferenceType(type)) {
                result.set(TapiRules.tapi21ReferenceName(name), converted);
            } else if (TapiRules.isNrpAugmentation(name)) {
                result.set(TapiRules.NRP_MODULE + ":" + name, converted);
            } else {
                result.set(name, converted);
            }
        }
        return result;
    }

    private static ContextContainer containerOf(String member) {
        return TapiRules.CONTEXT_CONTAINERS.values().stream().filter(c -> c.members().contains(member)).findFirst()
                .orElse(null);
    }

    private JsonNode value(JsonNode value, Class<?> owner, String name, Member member, ContextIndex index) {
        UuidReference reference = TapiRules.uuidReference(owner, name);
        if (!member.isList()) {
            return one(value, member.valueType(), reference, index);
        }
        if (TapiRules.isSingleInTapi21(owner, name)) {
            if (value.size() != 1) {
                throw new IllegalArgumentException(name + " has " + value.size() + " values; TAPI 2.1.3 allows one");
            }
            return one(value.get(0), member.valueType(), reference, index);
        }
        ArrayNode list = mapper.createArrayNode();
        value.forEach(element -> list.add(one(element, member.valueType(), reference, index)));
        return list;
    }

    private JsonNode one(JsonNode value, Class<?> type, UuidReference reference, ContextIndex index) {
        if (reference != null) {
            return uuidReference(value.asText(), reference, index);
        }
        if (ModelMembers.isModelRecord(type)) {
            return object(value, type, index);
        }
        if (type == LayerProtocolName.class) {
            return mapper.getNodeFactory().textNode(TapiRules.tapi21Layer(value.asText()));
        }
        return value;
    }

    private ObjectNode uuidReference(String target, UuidReference reference, ContextIndex index) {
        ObjectNode result = mapper.createObjectNode();
        List<String> keys = reference.keys();
        if (keys.size() == 1) {
            return result.put(keys.get(0), target);
        }
        boolean toConnectionEndPoint = reference.targetKey().equals("connection-end-point-uuid");
        Location location = toConnectionEndPoint ? index.connectionEndPoint(target) : index.nodeEdgePoint(target);
        if (location == null) {
            throw new IllegalArgumentException(reference.member() + " names " + target
                    + ", which is not in the context; TAPI 2.1.3 needs its topology, node and edge point");
        }
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), location.uuids().get(i));
        }
        return result;
    }
}
