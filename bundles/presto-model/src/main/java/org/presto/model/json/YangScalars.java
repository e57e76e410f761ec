package org.presto.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Reads the scalar values of the model in both encodings clients use: the swagger's (JSON numbers and booleans) and
 * RFC 7951's (64-bit integers and decimals as strings), and the quoted numbers and booleans some producers write
 * everywhere. What the value means is never guessed: a fraction where the model has an integer ({@code 1.9} for a
 * VLAN id) is refused, as is a value outside the Java type's range, while a whole number written with a fraction part
 * ({@code 50.0}, as capacity values often come) is that whole number. Enumeration literals may carry a module prefix
 * ({@code tapi-common:ETH}), as identity values do in RFC 7951 and some clients write for enumerations too.
 */
final class YangScalars {
    private YangScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("yang-scalars");
        module.addDeserializer(Long.class, new Whole<>(Long.class, BigInteger.valueOf(Long.MIN_VALUE),
                BigInteger.valueOf(Long.MAX_VALUE), BigInteger::longValueExact));
        module.addDeserializer(Integer.class, new Whole<>(Integer.class, BigInteger.valueOf(Integer.MIN_VALUE),
                BigInteger.valueOf(Integer.MAX_VALUE), BigInteger::intValueExact));
        module.addDeserializer(Boolean.class, new Truth());
        return module;
    }

    /** Enumeration literals with a module prefix, e.g. {@code tapi-common:ETH}, read as the literal. */
    static DeserializationProblemHandler prefixedLiterals() {
        return new DeserializationProblemHandler() {
            @Override
            public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                                 String failureMsg) throws IOException {
                int colon = value.indexOf(':');
                if (targetType.isEnum() && colon > 0
                        && ModuleQualifiedNames.MODULES.contains(value.substring(0, colon))) {
                    String literal = value.substring(colon + 1);
                    for (Object constant : targetType.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(literal)) {
                            return constant;
                        }
                    }
                }
                return DeserializationProblemHandler.NOT_HANDLED;
            }
        };
    }

    /** An integer type: a JSON integer, an integral JSON number, or a string holding one. */
    private static final class Whole<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final BigInteger min;
        private final BigInteger max;
        private final java.util.function.Function<BigInteger, T> convert;

        Whole(Class<T> type, BigInteger min, BigInteger max, java.util.function.Function<BigInteger, T> convert) {
            this.type = type;
            this.min = min;
            this.max = max;
            this.convert = convert;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            BigDecimal number;
            Object given;
            if (token == JsonToken.VALUE_NUMBER_INT) {
                BigInteger value = p.getBigIntegerValue();
                return inRange(p, value, value);
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                number = p.getDecimalValue();
                given = number;
            } else if (token == JsonToken.VALUE_STRING) {
                given = p.getText();
                try {
                    number = new BigDecimal(p.getText().trim());
                } catch (NumberFormatException e) {
                    throw InvalidFormatException.from(p, "not a number; " + expected(), given, type);
                }
            } else {
                @SuppressWarnings("unchecked")
                T other = (T) ctxt.handleUnexpectedToken(type, p);
                return other;
            }
            BigInteger whole;
            try {
                whole = number.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw InvalidFormatException.from(p, "a fraction; " + expected(), given, type);
            }
            return inRange(p, whole, given);
        }

        private T inRange(JsonParser p, BigInteger value, Object given) throws InvalidFormatException {
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw InvalidFormatException.from(p, "out of range; " + expected(), given, type);
            }
            return convert.apply(value);
        }

        private String expected() {
            return "a whole number from " + min + " to " + max + " is required";
        }
    }

    /** A boolean: true or false, as JSON literals or as strings. */
    private static final class Truth extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim().toLowerCase(Locale.ROOT);
                if (text.equals("true") || text.equals("false")) {
                    return text.equals("true");
                }
                throw InvalidFormatException.from(p, "true or false is required", p.getText(), Boolean.class);
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }
}
