package org.presto.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed password logins per user name, and the temporary lock that follows too many of them in a row (the model of
 * Keycloak's brute force detection: a lock that grows with each further failure, up to a ceiling, and is forgotten
 * after a quiet while). The lock refuses the right password too, or it would not slow a guesser down; it is per user
 * name because a JAAS login module is not told where the attempt came from (the REST API also limits failed logins
 * per address). Attempts under way count against the allowance as they start, so that guesses sent side by side
 * cannot each slip in before the failures of the others are counted. User names are compared stripped and in lower
 * case (an LDAP realm behind may match them so), long ones by a digest. Bounded: past {@value #MAX} user names, the
 * oldest unlocked ones are forgotten first.
 */
final class LoginFailures {
    static final int MAX = 10_000;
    private static final int LONGEST_NAME = 128;

    private final Map<String, State> byUser = new ConcurrentHashMap<>();
    private final int allowed;
    private final Duration lock;
    private final Duration maxLock;
    private final Duration forgetAfter;
    private final Clock clock;

    /**
     * @param failures    failures in a row, counted since the last success
     * @param underWay    attempts started and not yet settled
     * @param last        when the last failure or attempt was
     * @param lockedUntil the end of the lock, or null
     */
    private record State(int failures, int underWay, Instant last, Instant lockedUntil) {
        /** When these failures are old enough to forget: a while after the last one, or after the lock ends. */
        Instant quietSince() {
            return lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
        }
    }

    /**
     * @param allowed failures in a row that start a lock (0: never locked)
     * @param lock the first lock; each failure after it adds as much again
     * @param maxLock the longest lock
     * @param forgetAfter failures this long ago (after their lock, if any) start the count over
     */
    LoginFailures(int allowed, Duration lock, Duration maxLock, Duration forgetAfter, Clock clock) {
        this.allowed = allowed;
        this.lock = lock;
        this.maxLock = maxLock;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How much longer this user's logins are refused; zero when they are not. */
    Duration lockedFor(String user) {
        State state = byUser.get(key(user));
        Instant now = clock.instant();
        return state == null || !isLocked(state, now) ? Duration.ZERO : Duration.between(now, state.lockedUntil);
    }

    /**
     * Starts an attempt: refused (the time to wait returned) while the user is locked, or while the attempts under
     * way would, failing, exceed what is left of the allowance; else counted as under way and zero returned. Every
     * attempt started is settled by {@link #failed} or {@link #succeeded}.
     */
    Duration begin(String user) {
        if (allowed <= 0) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Duration[] refused = {Duration.ZERO};
        byUser.compute(key(user), (name, before) -> {
            State state = fresh(before, now);
            if (isLocked(state, now)) {
                refused[0] = Duration.between(now, state.lockedUntil);
                return state;
            }
            // as many guesses under way as failures left (one at a time once a lock has passed): this one waits
            if (state.underWay >= Math.max(1, allowed - state.failures)) {
                refused[0] = Duration.ofSeconds(1);
                return state;
            }
            return new State(state.failures, state.underWay + 1, now, state.lockedUntil);
        });
        if (byUser.size() > MAX) {
            forgetOldest(now);
        }
        return refused[0];
    }

    /** Settles an attempt as failed; returns the lock it starts, or zero. */
    Duration failed(String user) {
        if (allowed <= 0) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        State state = byUser.compute(key(user), (name, before) -> {
            State known = fresh(before, now);
            int failures = known.failures + 1;
            Instant until = failures < allowed ? known.lockedUntil : now.plus(lockFor(failures));
            return new State(failures, Math.max(0, known.underWay - 1), now, until);
        });
        if (byUser.size() > MAX) {
            forgetOldest(now);
        }
        return state.failures < allowed ? Duration.ZERO : Duration.between(now, state.lockedUntil);
    }

    /** Settles an attempt as a success: the user's failures are forgotten, but not a lock set meanwhile. */
    void succeeded(String user) {
        Instant now = clock.instant();
        byUser.computeIfPresent(key(user), (name, state) -> isLocked(state, now)
                ? new State(state.failures, Math.max(0, state.underWay - 1), state.last, state.lockedUntil) : null);
    }

    /** How many user names are remembered. */
    int users() {
        return byUser.size();
    }

    /** The state to go on from: none, or one whose failures are long past, starts over (attempts under way stay). */
    private State fresh(State before, Instant now) {
        if (before == null) {
            return new State(0, 0, now, null);
        }
        if (before.quietSince().plus(forgetAfter).isBefore(now)) {
            return new State(0, before.underWay, before.last, null);
        }
        return before;
    }

    private Duration lockFor(int failures) {
        Duration grown = lock.multipliedBy(failures - allowed + 1L);
        return grown.compareTo(maxLock) > 0 ? maxLock : grown;
    }

    /** Forgets a tenth of the user names, unlocked ones first and the least recent of them first. */
    private void forgetOldest(Instant now) {
        byUser.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, State> e) -> isLocked(e.getValue(), now))
                        .thenComparing(e -> e.getValue().last))
                .limit(MAX / 10)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(byUser::remove);
    }

    private static boolean isLocked(State state, Instant now) {
        return state.lockedUntil != null && state.lockedUntil.isAfter(now);
    }

    /** A user name as counted: stripped, in lower case, a long one as its SHA-256. */
    private static String key(String user) {
        String name = user.strip().toLowerCase(Locale.ROOT);
        if (name.length() <= LONGEST_NAME) {
            return name;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java platform", e);
        }
    }
}
