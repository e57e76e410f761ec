package org.presto.core.internal.activation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One queue per device over a shared pool of threads: operations on one device run one at a time in the order they
 * were submitted, operations on different devices run in parallel. A caller waits for an operation at most the
 * device timeout; an operation that takes longer keeps its place, so whatever is queued behind it on that device (an
 * undo, typically) runs after it, never before.
 */
public final class DeviceQueues implements AutoCloseable {
    private final ExecutorService pool;
    private final Map<String, SerialQueue> queues = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final int retries;
    private final Duration retryDelay;

    public DeviceQueues(int threads, Duration timeout) {
        this(threads, timeout, 2, Duration.ofMillis(100));
    }

    /**
     * @param retries    how many more times an operation is tried after a failure its driver marks retryable
     * @param retryDelay the wait before the first retry, doubled before each next one
     */
    public DeviceQueues(int threads, Duration timeout, int retries, Duration retryDelay) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "presto-device-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timeout = timeout;
        this.retries = retries;
        this.retryDelay = retryDelay;
    }

    Duration timeout() {
        return timeout;
    }

    int retries() {
        return retries;
    }

    Duration retryDelay() {
        return retryDelay;
    }

    /** Queues an operation on a device; the task completes when it has run. */
    <T> FutureTask<T> submit(String nodeId, Callable<T> operation) {
        FutureTask<T> task = new FutureTask<>(operation);
        queues.computeIfAbsent(nodeId, id -> new SerialQueue()).add(task);
        return task;
    }

    /** Lets queued operations (undos among them) run, up to the device timeout, then stops the threads. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Runs its tasks one after the other on the shared pool. */
    private final class SerialQueue {
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        synchronized void add(Runnable task) {
            tasks.add(task);
            if (!running) {
                running = true;
                pool.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = tasks.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                next.run();
            }
        }
    }
}
