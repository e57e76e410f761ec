package org.presto.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.EventLog;
import org.presto.core.PrestoEvent;

@Command(scope = "presto", name = "events", description = "Shows Presto's recent state changes (services, paths, "
        + "SIPs, drivers), the events it posts on the OSGi EventAdmin under org/presto/")
@Service
public class EventsCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    @Reference
    EventLog events;

    @Option(name = "--max", description = "how many of the most recent events to show (default 50)")
    int max = 50;

    @Option(name = "--topic", description = "only events whose topic contains this, e.g. connectivity-service")
    String topic;

    @Override
    public Object execute() {
        if (max < 1) {
            throw new IllegalArgumentException("--max is at least 1, not " + max);
        }
        List<PrestoEvent> shown = events.recent(topic == null ? max : Integer.MAX_VALUE).stream()
                .filter(e -> topic == null || e.topic().contains(topic)).toList();
        shown = shown.subList(Math.max(0, shown.size() - max), shown.size());
        TextTable table = new TextTable("TIME (UTC)", "TOPIC", "PROPERTIES");
        for (PrestoEvent event : shown) {
            table.row(TIME.format(event.time()), event.topic().substring(PrestoEvent.TOPIC_PREFIX.length()),
                    event.properties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .sorted().collect(Collectors.joining(" ")));
        }
        table.print(System.out);
        return null;
    }
}
