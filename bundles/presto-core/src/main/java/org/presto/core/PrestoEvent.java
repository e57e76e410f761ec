package org.presto.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A state change in Presto, as published on the OSGi EventAdmin: topic {@code org/presto/<object type>/<change>},
 * e.g. {@code org/presto/connectivity-service/UPDATED}, with the object's uuid and its new states as properties.
 *
 * @param time       when Presto made or saw the change
 * @param topic      the EventAdmin topic
 * @param properties the event's properties: the object's {@code uuid} (a driver's {@code id}) and states such as
 *                   {@code lifecycle-state}
 */
public record PrestoEvent(Instant time, String topic, Map<String, String> properties) {
    /** Topic prefix of every Presto event; subscribe to {@code org/presto/*} for all of them. */
    public static final String TOPIC_PREFIX = "org/presto/";

    public PrestoEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(topic, "topic");
        properties = Map.copyOf(properties);
    }
}
