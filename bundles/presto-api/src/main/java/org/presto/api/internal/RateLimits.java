package org.presto.api.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per key (a caller, an address): each holds up to {@code capacity} tokens and gains {@code
 * perSecond} a second; a request takes one, and finds out how long to wait when there is none. The classic
 * token-bucket policer (as in RFC 2697's committed bucket), per key. Keys that have been idle long enough to be full
 * again are forgotten when the table grows large, so the table is bounded by the keys active in that time.
 */
final class RateLimits {
    private static final int FORGET_ABOVE = 10_000;

    private final double perSecond;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** @param perSecond tokens gained a second; 0 or less makes every key unlimited */
    RateLimits(double perSecond, double capacity, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.capacity = Math.max(1, capacity);
        this.nanoTime = nanoTime;
    }

    boolean unlimited() {
        return perSecond <= 0;
    }

    /** Takes a token of {@code key}: 0 if there was one, else the whole seconds until there will be. */
    long take(String key) {
        return unlimited() ? 0 : update(key, true);
    }

    /** The whole seconds until {@code key} has a token again (0: it has one now); takes none. */
    long wait(String key) {
        return unlimited() ? 0 : update(key, false);
    }

    private long update(String key, boolean take) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            forgetFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                if (take) {
                    bucket.tokens -= 1;
                }
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
    }

    private void refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
        bucket.at = now;
    }

    private void forgetFull(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                refill(entry.getValue(), now);
                return entry.getValue().tokens >= capacity;
            }
        });
    }
}
