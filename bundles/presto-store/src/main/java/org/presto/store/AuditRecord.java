package org.presto.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One write someone asked of Presto, through the REST API or the shell, and what came of it: the audit trail.
 *
 * @param seq       the trail's order, given by the store (0 in a record not yet appended)
 * @param time      when the write was answered
 * @param principal who asked: a user of the realm, a token's subject, or {@code anonymous} when no credentials held
 * @param channel   where from: {@code rest} (with the client's address in {@code address}) or {@code shell}
 * @param address   the client's address, or null
 * @param operation what was asked: an RPC's name, an HTTP method and data path, or a shell command
 * @param target    what it was asked of (a service, a SIP, a path, a file), or null when the request did not say
 * @param outcome   how it ended
 * @param reason    why it was refused or failed (the error message its client got), null on success
 */
public record AuditRecord(long seq, Instant time, String principal, String channel, String address,
        String operation, String target, Outcome outcome, String reason) {

    /** How a write ended. */
    public enum Outcome {
        /** Done. */
        SUCCESS,
        /** Refused before anything changed: bad input, missing rights, a conflict (HTTP 4xx). */
        REFUSED,
        /** Tried and failed: a device or the store failed, and what was begun was undone (HTTP 5xx). */
        FAILED
    }

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The same record with the sequence number the store gave it. */
    public AuditRecord withSeq(long storedSeq) {
        return new AuditRecord(storedSeq, time, principal, channel, address, operation, target, outcome, reason);
    }
}
