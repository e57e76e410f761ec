package org.presto.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.presto.security.Caller;

/**
 * Callers whose credentials were verified, remembered until a time each, so that a busy client does not cost a
 * realm login or a signature check per request. Keyed by a digest of the credentials, never the credentials
 * themselves; bounded: past {@value #MAX} entries it starts over rather than seek the oldest.
 */
final class VerifiedCallers {
    private static final int MAX = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Entry(Caller caller, Instant until) {
    }

    VerifiedCallers(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The caller verified with these credentials, while it is remembered. */
    Optional<Caller> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.instant().isBefore(entry.until())) {
            return Optional.of(entry.caller());
        }
        entries.remove(key, entry);
        return Optional.empty();
    }

    /** Remembers a verified caller until a time (not at all if that has passed). */
    void put(String key, Caller caller, Instant until) {
        if (!clock.instant().isBefore(until)) {
            return;
        }
        if (entries.size() >= MAX) {
            entries.clear();
        }
        entries.put(key, new Entry(caller, until));
    }

    /** SHA-256 of the parts, each ended by a zero byte, in hex: a key that gives away none of them. */
    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
