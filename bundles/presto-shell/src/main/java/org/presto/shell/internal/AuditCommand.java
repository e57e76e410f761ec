package org.presto.shell.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.AuditTrail;
import org.presto.store.AuditQuery;
import org.presto.store.AuditRecord;

@Command(scope = "presto", name = "audit", description = "Shows the audit trail: every write asked through the REST "
        + "API or the shell, who asked, and how it ended (newest first)")
@Service
public class AuditCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Reference
    AuditTrail audit;

    @Option(name = "--user", description = "only what this user (or token subject) asked")
    String user;

    @Option(name = "--operation", description = "only operations containing this, e.g. create or sip-state")
    String operation;

    @Option(name = "--outcome", description = "only SUCCESS, REFUSED or FAILED")
    String outcome;

    @Option(name = "--since", description = "only since this time: an ISO instant (2026-12-06T10:00:00Z) or a "
            + "duration back from now (30m, 2h, 7d)")
    String since;

    @Option(name = "--max", description = "how many records at most (default 50)")
    int max = 50;

    @Option(name = "--json", description = "the records as JSON, one object each, for scripts")
    boolean json;

    @Override
    public Object execute() {
        if (max < 1 || max > AuditQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("--max is 1 to " + AuditQuery.MAX_LIMIT + ", not " + max);
        }
        List<AuditRecord> records = audit.find(new AuditQuery(user, operation, outcome(), since(), max));
        if (json) {
            System.out.println(asJson(records));
            return null;
        }
        TextTable table = new TextTable("TIME (UTC)", "USER", "FROM", "OPERATION", "TARGET", "OUTCOME", "REASON");
        for (AuditRecord record : records) {
            table.row(TIME.format(record.time()), record.principal(), record.channel()
                    + (record.address() == null ? "" : " " + record.address()), record.operation(),
                    record.target() == null ? "" : record.target(), record.outcome().name(),
                    record.reason() == null ? "" : record.reason());
        }
        table.print(System.out);
        return null;
    }

    private AuditRecord.Outcome outcome() {
        if (outcome == null) {
            return null;
        }
        try {
            return AuditRecord.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--outcome is SUCCESS, REFUSED or FAILED, not '" + outcome + "'");
        }
    }

    private Instant since() {
        if (since == null) {
            return null;
        }
        String text = since.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            // a duration back from now: 30m, 2h, 7d
        }
        if (text.matches("\\d+[smhd]")) {
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            Duration back = switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return Instant.now().minus(back);
        }
        throw new IllegalArgumentException("--since is an ISO instant (2026-12-06T10:00:00Z) or a duration such as "
                + "30m, 2h or 7d, not '" + since + "'");
    }

    /** As a JSON array: what goes to a script is the data itself, not escaped for a terminal. */
    static String asJson(List<AuditRecord> records) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (AuditRecord record : records) {
            ObjectNode entry = array.addObject();
            entry.put("seq", record.seq());
            entry.put("time", record.time().toString());
            entry.put("user", record.principal());
            entry.put("channel", record.channel());
            entry.put("address", record.address());
            entry.put("operation", record.operation());
            entry.put("target", record.target());
            entry.put("outcome", record.outcome().name());
            entry.put("reason", record.reason());
        }
        return array.toPrettyString();
    }
}
