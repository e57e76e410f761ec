package org.presto.driver.emulator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Changes made side by side share writes, and none returns before a write holding it has finished. */
class GroupCommitTest {
    private final Object lock = new Object();
    private final Set<Integer> state = new HashSet<>();
    /** What the last finished write held. */
    private volatile Set<Integer> durable = Set.of();

    @Test
    void everyChangeIsInAFinishedWriteWhenItReturns() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        GroupCommit<Set<Integer>> commits = new GroupCommit<>(lock, () -> Set.copyOf(state), snapshot -> {
            writes.incrementAndGet();
            sleep(5);
            durable = snapshot;
        });
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> changes = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int item = i;
                changes.add(threads.submit(() -> {
                    start.await();
                    long version;
                    synchronized (lock) {
                        state.add(item);
                        version = commits.changed();
                    }
                    assertNull(commits.awaitWritten(version));
                    assertTrue(durable.contains(item), item + " returned before a write held it");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> change : changes) {
                change.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(400, durable.size());
        assertTrue(writes.get() <= 400, writes + " writes");
        System.out.println("GroupCommitTest: 400 changes from 16 threads in " + writes + " writes");
    }

    @Test
    void theChangesOfAFailedWriteGetItsFailureAndLaterOnesSucceed() throws Exception {
        IOException full = new IOException("disk full");
        AtomicInteger writes = new AtomicInteger();
        GroupCommit<Set<Integer>> commits = new GroupCommit<>(lock, () -> Set.copyOf(state), snapshot -> {
            if (writes.incrementAndGet() == 1) {
                throw full;
            }
            durable = snapshot;
        });
        long first;
        long second;
        synchronized (lock) {
            state.add(1);
            first = commits.changed();
            state.add(2);
            second = commits.changed();
        }
        assertSame(full, commits.awaitWritten(second), "one write covered both, and failed");
        assertSame(full, commits.awaitWritten(first));
        long third;
        synchronized (lock) {
            state.add(3);
            third = commits.changed();
        }
        assertNull(commits.awaitWritten(third));
        assertEquals(Set.of(1, 2, 3), durable);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
