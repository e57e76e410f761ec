package org.presto.core.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.services.ServiceLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles interrupted services off the threads that bind drivers, one pass at a time: on start, when a driver
 * arrives, and every minute (a device that answered late has been cleaned by then, its record can go); and asks a
 * driver whose devices were out of reach when it came for its network again, so that it needs no restart.
 */
final class Reconciliation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    private final Inventory inventory;
    private final ServiceLifecycle lifecycle;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "presto-journal-recovery");
        named.setDaemon(true);
        return named;
    });

    /** Starts a first pass at once, then one a minute and a discovery retry every {@code discoveryRetrySeconds}. */
    Reconciliation(Inventory inventory, ServiceLifecycle lifecycle, long discoveryRetrySeconds) {
        this.inventory = inventory;
        this.lifecycle = lifecycle;
        recoverUnfinished();
        thread.scheduleWithFixedDelay(this::recoverUnfinished, 1, 1, TimeUnit.MINUTES);
        thread.scheduleWithFixedDelay(this::retryDiscovery, discoveryRetrySeconds, discoveryRetrySeconds,
                TimeUnit.SECONDS);
    }

    private void retryDiscovery() {
        try {
            if (inventory.retryDiscovery() > 0) {
                recoverUnfinished();
            }
        } catch (RuntimeException e) {
            LOG.error("Asking failed drivers for their network again failed: {}", e.getMessage(), e);
        }
    }

    /** Queues a pass over the services an interruption left unfinished. */
    void recoverUnfinished() {
        try {
            thread.execute(() -> {
                try {
                    lifecycle.recoverUnfinished();
                } catch (RuntimeException e) {
                    LOG.error("Reconciling interrupted services failed; retried within a minute: {}",
                            e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            // deactivated meanwhile: the next activation reconciles
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
