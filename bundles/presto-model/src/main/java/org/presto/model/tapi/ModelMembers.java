package org.presto.model.tapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON members of the model's value types with their Java types, read from the records themselves. */
final class ModelMembers {
    /** One member: its Java type, and the element type when it is a list. */
    record Member(Class<?> type, Class<?> elementType) {
        boolean isList() {
            return elementType != null;
        }

        /** The type of one value: the element type of a list, else the type itself. */
        Class<?> valueType() {
            return isList() ? elementType : type;
        }
    }

    private final Map<Class<?>, Map<String, Member>> byType = new ConcurrentHashMap<>();

    Map<String, Member> of(Class<?> recordType) {
        return byType.computeIfAbsent(recordType, ModelMembers::read);
    }

    static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals("org.presto.model");
    }

    private static Map<String, Member> read(Class<?> recordType) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            JsonProperty property;
            try {
                property = recordType.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record component without field: " + component, e);
            }
            Class<?> element = null;
            if (component.getType() == List.class) {
                Type argument = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                element = (Class<?>) argument;
            }
            members.put(property.value(), new Member(component.getType(), element));
        }
        return members;
    }
}
