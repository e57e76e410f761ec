package org.presto.model.tapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enumeration values as TAPI releases write them, read as the model's literals: TAPI 2.4 and later made many of
 * them identities ({@code tapi-common:LAYER_PROTOCOL_NAME_TYPE_PHOTONIC_MEDIA}, {@code
 * tapi-common:CAPACITY_UNIT_GBPS}),
 * TAPI 2.1 merged the photonic layers of 2.0 into PHOTONIC_MEDIA, and 2.4 renamed ODU to DIGITAL_OTN. A value that
 * matches no literal is passed on as it is, to be reported as the invalid value it is.
 */
final class TapiLiterals {
    /** Layer names of TAPI 2.1 and later that the model (TAPI 2.0) calls otherwise. */
    private static final Map<String, String> LAYERS = Map.of(TapiRules.PHOTONIC_MEDIA, "OTSiA",
            "DIGITAL_OTN", "ODU");

    /**
     * Later releases' spellings of TAPI 2.1.3 literals: typos fixed (NO_PROTECTION, PERMANENTLY), the LT_ prefix
     * dropped, and TAPI 2.4's direction of an edge point (SINK, SOURCE) for its port direction (INPUT, OUTPUT).
     */
    private static final Map<String, String> LATER_SPELLINGS = Map.of("NO_PROTECTION", "NO_PROTECTON",
            "PERMANENTLY_TERMINATED", "LT_PERMENANTLY_TERMINATED", "LT_PERMANENTLY_TERMINATED",
            "LT_PERMENANTLY_TERMINATED", "NOT_TERMINATED", "LT_NOT_TERMINATED", "CAN_NEVER_TERMINATE",
            "LP_CAN_NEVER_TERMINATE", "SINK", "INPUT", "SOURCE", "OUTPUT", "UNDEFINED_OR_UNKNOWN",
            "UNIDENTIFIED_OR_UNKNOWN");

    private TapiLiterals() {
    }

    static JsonNode literal(JsonNode value, Class<?> enumType) {
        if (!value.isTextual()) {
            return value;
        }
        String text = value.asText().trim();
        text = text.substring(text.indexOf(':') + 1);
        // an identity of TAPI 2.4 is named after its type: CAPACITY_UNIT_GBPS, LAYER_PROTOCOL_NAME_TYPE_ETH
        String typePrefix = identityPrefix(enumType.getSimpleName());
        for (String prefix : new String[] {typePrefix + "TYPE_", typePrefix}) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
                break;
            }
        }
        if (enumType == org.presto.model.LayerProtocolName.class) {
            text = LAYERS.getOrDefault(text, text);
        }
        for (String spelling : new String[] {text, LATER_SPELLINGS.get(text)}) {
            for (Object constant : enumType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(spelling)) {
                    return JsonNodeFactory.instance.textNode(spelling);
                }
            }
        }
        return value;
    }

    /** What an enumeration expects, said for a value that matches none of its literals. */
    static String expected(JsonNode value, Class<?> enumType) {
        String literals = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        String text = value.asText().trim();
        if (enumType == org.presto.model.CapacityUnit.class && SPECTRAL_UNITS.contains(text.substring(text.indexOf(':')
                + 1).toUpperCase(Locale.ROOT))) {
            // TAPI 2.1 photonic points give their spectrum in GHz where NRP capacities are data rates and sizes
            return "a spectral width, where a capacity is one of " + literals;
        }
        return "expected one of " + literals;
    }

    private static final Set<String> SPECTRAL_UNITS = Set.of("HZ", "KHZ", "MHZ", "GHZ", "THZ");

    /** CapacityUnit: CAPACITY_UNIT_. */
    private static String identityPrefix(String typeName) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < typeName.length(); i++) {
            char c = typeName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                prefix.append('_');
            }
            prefix.append(Character.toUpperCase(c));
        }
        return prefix.append('_').toString();
    }
}
