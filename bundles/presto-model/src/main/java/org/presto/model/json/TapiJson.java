package org.presto.model.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;

/**
 * Builds the JSON mapper for the model. Reading accepts every encoding of a value that clients use (module prefixes
 * or none, numbers and booleans as strings, a single value where the model has a list: see {@link YangScalars} and
 * {@link ModuleQualifiedNames}) and is strict about meaning: an unknown member, a duplicate member, a fraction where
 * the model has an integer, a wrong type or an unknown enumeration literal is an error rather than something silently
 * dropped or rounded, because a dropped constraint would be a lie to the client.
 */
public final class TapiJson {
    private TapiJson() {
    }

    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // two members of one name: which one the client meant is unknowable
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(YangScalars.module())
                .addHandler(YangScalars.prefixedLiterals())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // helpers such as VlanId.isValid() are not members of the model
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .annotationIntrospector(new ModuleQualifiedNames())
                .build();
        // a number or boolean where the model has text (a uuid, a name) is a wrong type, not text
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}
