package org.presto.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lists where two JSON documents differ, so that a failed comparison of large documents says where. */
public final class JsonDifferences {
    private JsonDifferences() {
    }

    /** The differences as JSON pointers; member order and the Java type behind a number are not differences. */
    public static List<String> between(JsonNode expected, JsonNode actual) {
        return differences("", expected, actual);
    }

    /** Where two JSON values differ, as JSON pointers; member order is not a difference. */
    static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> result = new ArrayList<>();
        if (expected.isObject() && actual != null && actual.isObject()) {
            expected.fieldNames().forEachRemaining(name -> {
                if (!actual.has(name)) {
                    result.add("missing " + at + "/" + name);
                } else {
                    result.addAll(differences(at + "/" + name, expected.get(name), actual.get(name)));
                }
            });
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    result.add("extra " + at + "/" + name);
                }
            });
        } else if (expected.isArray() && actual != null && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                result.addAll(differences(at + "/" + i, expected.get(i), actual.get(i)));
            }
        } else if (expected.isNumber() && actual != null && actual.isNumber()) {
            if (!expected.decimalValue().equals(actual.decimalValue())) {
                result.add(at + ": " + expected + " became " + actual);
            }
        } else if (!expected.equals(actual)) {
            result.add(at + ": " + expected + " became " + actual);
        }
        return result;
    }
}
