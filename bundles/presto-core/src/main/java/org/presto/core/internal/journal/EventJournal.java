package org.presto.core.internal.journal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.presto.core.EventLog;
import org.presto.core.PrestoEvent;
import org.slf4j.LoggerFactory;

/**
 * Publishes Presto's state changes: posted asynchronously on the EventAdmin when one is present, and kept in a
 * bounded in-memory log for {@code presto:events}. Posting never blocks or fails the change it reports.
 */
public final class EventJournal implements EventLog {
    public static final int KEPT = 1000;

    private final Deque<PrestoEvent> recent = new ArrayDeque<>();
    private final Clock clock;
    private volatile EventAdmin eventAdmin;

    public EventJournal(Clock clock) {
        this.clock = clock;
    }

    public void eventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    /**
     * @param objectType e.g. {@code connectivity-service}
     * @param change     {@code CREATED}, {@code UPDATED} or {@code DELETED} (and {@code ADDED} / {@code REMOVED} for
     *                   drivers)
     * @param properties name and value pairs; null values are left out
     */
    public void publish(String objectType, String change, String... properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            if (properties[i + 1] != null) {
                values.put(properties[i], properties[i + 1]);
            }
        }
        PrestoEvent event = new PrestoEvent(clock.instant(), PrestoEvent.TOPIC_PREFIX + objectType + "/" + change,
                values);
        synchronized (recent) {
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            Map<String, Object> osgi = new LinkedHashMap<>(values);
            osgi.put("timestamp", event.time().toEpochMilli());
            try {
                admin.postEvent(new Event(event.topic(), osgi));
            } catch (RuntimeException e) {
                // the change is made and durable; a failing EventAdmin must not turn it into an error
                LoggerFactory.getLogger(EventJournal.class).warn("Posting {} failed: {}", event.topic(),
                        e.toString());
            }
        }
    }

    @Override
    public List<PrestoEvent> recent(int max) {
        synchronized (recent) {
            List<PrestoEvent> all = new ArrayList<>(recent);
            return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, max)), all.size()));
        }
    }
}
