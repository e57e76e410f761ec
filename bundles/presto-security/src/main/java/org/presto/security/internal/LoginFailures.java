package org.presto.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed password logins per user name, and the temporary lock that follows too many of them in a row (the model of
 * Keycloak's brute force detection: a lock that grows with each further failure, up to a ceiling, and is forgotten
 * after a quiet while). The lock refuses the right password too, or it would not slow a guesser down; it is per user
 * name because a JAAS login module is not told where the attempt came from (the REST API also limits failed logins
 * per address). Bounded: past {@value #MAX} user names, the oldest unlocked ones are forgotten first.
 */
final class LoginFailures {
    static final int MAX = 10_000;

    private final Map<String, State> byUser = new ConcurrentHashMap<>();
    private final int allowed;
    private final Duration lock;
    private final Duration maxLock;
    private final Duration forgetAfter;
    private final Clock clock;

    private record State(int failures, Instant last, Instant lockedUntil) {
    }

    /**
     * @param allowed failures in a row that start a lock (0: never locked)
     * @param lock the first lock; each failure after it adds as much again
     * @param maxLock the longest lock
     * @param forgetAfter failures this long ago start the count over
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
        State state = byUser.get(user);
        Instant now = clock.instant();
        return state == null || state.lockedUntil == null || !state.lockedUntil.isAfter(now) ? Duration.ZERO
                : Duration.between(now, state.lockedUntil);
    }

    /** Counts a failed login; returns the lock it starts, or zero. */
    Duration failed(String user) {
        if (allowed <= 0) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        State state = byUser.compute(user, (name, before) -> {
            int failures = before == null || before.last.plus(forgetAfter).isBefore(now) ? 1 : before.failures + 1;
            Instant until = failures < allowed ? null : now.plus(lockFor(failures));
            return new State(failures, now, until);
        });
        if (byUser.size() > MAX) {
            forgetOldest(now);
        }
        return state.lockedUntil == null ? Duration.ZERO : Duration.between(now, state.lockedUntil);
    }

    /** A login succeeded: its user's failures are forgotten. */
    void succeeded(String user) {
        byUser.remove(user);
    }

    /** How many user names are remembered. */
    int users() {
        return byUser.size();
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
}
