package org.presto.store;

import java.time.Instant;

/**
 * Which audit records to read, newest first: each criterion null (or 0 for {@code limit}'s default) selects all.
 *
 * @param principal exactly this principal
 * @param operation operations containing this text (case-insensitive)
 * @param outcome   this outcome
 * @param since     at or after this time
 * @param limit     at most this many (1 to {@value #MAX_LIMIT}; 0: {@value #DEFAULT_LIMIT})
 */
public record AuditQuery(String principal, String operation, AuditRecord.Outcome outcome, Instant since, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (limit == 0) {
            limit = DEFAULT_LIMIT;
        }
    }

    /** The newest {@value #DEFAULT_LIMIT} records, whatever they are. */
    public static AuditQuery latest() {
        return new AuditQuery(null, null, null, null, 0);
    }
}
