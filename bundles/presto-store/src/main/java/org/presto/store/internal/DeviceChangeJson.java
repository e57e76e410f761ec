package org.presto.store.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presto.spi.DeviceChange;
import org.presto.store.StoreException;

/**
 * Device changes as the device_change table keeps them: the kind, named after the SPI record in kebab case
 * ({@code forwarding-entry}, {@code bridge-entry}, {@code media-channel-entry}), and the record as a JSON object of its
 * components in kebab case ({@code {"service-id": ..., "node-id": ..., "port-a": ..., "vlan-a": 100, ...,
 * "policies": {"<port>": {"max-frame-bytes": 1600, "ingress": {"cir-bps": ...}}}}}). The kinds are the permitted
 * subclasses of the sealed {@link DeviceChange}, so a kind the SPI adds is stored without a change here; the SPI's
 * major version fixes the records' components, which is what keeps the stored form stable, and a component a minor
 * version adds (SPI 4.1: a policy's {@code egress-marking}) is absent from rows written before it, which read it as
 * its default.
 */
final class DeviceChangeJson {
    private final Map<String, ObjectReader> readers = new LinkedHashMap<>();
    // only the records' components (fields), not methods that read like getters, e.g. UniPolicy.isNone()
    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build();

    private final ObjectWriter writer = json.writer();

    DeviceChangeJson() {
        // a reader per kind, made once: resolving the deserializer on every row costs more than reading it
        for (Class<?> kind : DeviceChange.class.getPermittedSubclasses()) {
            readers.put(kindOf(kind), json.readerFor(kind));
        }
    }

    private static String kindOf(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    String kind(DeviceChange change) {
        return kindOf(change.getClass());
    }

    String write(DeviceChange change) {
        try {
            return writer.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise " + change, e);
        }
    }

    DeviceChange read(String kind, String body) {
        ObjectReader reader = readers.get(kind);
        if (reader == null) {
            throw new StoreException("a stored device change is of kind " + kind + ", which this Presto does not know "
                    + "(it knows " + readers.keySet() + "): the database was written by a newer Presto", null);
        }
        try {
            return reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored " + kind + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
