package org.presto.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
    private final AtomicLong now = new AtomicLong();

    @Test
    void aBurstThenTheSustainedRatePerKey() {
        RateLimits limits = new RateLimits(2, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limits.take("a"), "the burst");
        }
        assertEquals(1, limits.take("a"), "empty: half a second for the next token, said as one");
        assertEquals(0, limits.take("b"), "another key has its own bucket");
        now.addAndGet(500_000_000L);
        assertEquals(0, limits.take("a"));
        assertEquals(1, limits.take("a"));
        now.addAndGet(10_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limits.take("a"), "refilled, never above the capacity");
        }
        assertTrue(limits.take("a") > 0);
    }

    @Test
    void waitLooksWithoutTaking() {
        RateLimits perMinute = new RateLimits(5 / 60.0, 5, now::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, perMinute.wait("10.0.0.1"));
            perMinute.take("10.0.0.1");
        }
        assertEquals(12, perMinute.wait("10.0.0.1"), "one token in 12 s");
        assertEquals(12, perMinute.wait("10.0.0.1"));
        now.addAndGet(12_000_000_000L);
        assertEquals(0, perMinute.wait("10.0.0.1"));
    }

    @Test
    void zeroIsUnlimited() {
        RateLimits none = new RateLimits(0, 1, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, none.take("a"));
        }
    }
}
