package org.presto.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Builds the JSON mapper for the model. Reading is strict: an unknown member, a wrong type or a missing enumeration
 * literal is an error rather than something silently dropped, because a dropped constraint would be a lie to the
 * client.
 */
public final class TapiJson {
    private TapiJson() {
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // helpers such as VlanId.isValid() are not members of the model
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .annotationIntrospector(new ModuleQualifiedNames())
                .build();
    }
}
