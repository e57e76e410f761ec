package org.presto.core.internal.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driver calls on the devices' queues: one call per change, queued on its device behind whatever is there, each
 * retried while its driver says a failure is worth retrying, and all waited for at most the device timeout from the
 * start. What each call came to is its {@link Outcome}, never an exception: the caller decides what a failure means.
 */
final class QueuedCalls {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedCalls.class);

    /** How one operation ended: its value (a read's answer), or its failure, which may be a timeout. */
    record Outcome(DeviceChange change, Object value, Exception failure, boolean timedOut) {
        boolean succeeded() {
            return failure == null;
        }
    }

    /** One call to a driver about one change. */
    interface Call {
        Object apply(DeviceChange change, NetworkDriver driver) throws DriverException;
    }

    private final DeviceQueues queues;
    private final Function<DeviceChange, NetworkDriver> drivers;

    /** @param drivers the driver of a change's node; throws when it is absent */
    QueuedCalls(DeviceQueues queues, Function<DeviceChange, NetworkDriver> drivers) {
        this.queues = queues;
        this.drivers = drivers;
    }

    /** Queues one call per change on its device and waits for each at most the device timeout from the start. */
    List<Outcome> runAll(List<? extends DeviceChange> changes, Call call) {
        List<FutureTask<Object>> tasks = new ArrayList<>();
        for (DeviceChange change : changes) {
            tasks.add(queues.submit(change.nodeId(), () -> retried(change.nodeId(),
                    () -> call.apply(change, drivers.apply(change)))));
        }
        long deadline = System.nanoTime() + queues.timeout().toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            DeviceChange change = changes.get(i);
            try {
                Object value = tasks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcomes.add(new Outcome(change, value, null, false));
            } catch (ExecutionException e) {
                Exception cause = e.getCause() instanceof Exception ex ? ex : e;
                outcomes.add(new Outcome(change, null, cause, false));
            } catch (TimeoutException e) {
                outcomes.add(new Outcome(change, null, new DriverException("node " + change.nodeId() + " did not "
                        + "answer within " + queues.timeout().toMillis() + " ms"), true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(change, null, new DriverException("interrupted waiting for node "
                        + change.nodeId()), true));
            }
        }
        return outcomes;
    }

    /** One driver operation. */
    interface Operation {
        Object run() throws DriverException;
    }

    /**
     * Runs an (idempotent) operation, again after a short wait when its driver says the failure is worth retrying,
     * at most {@link DeviceQueues#retries()} more times.
     */
    Object retried(String nodeId, Operation operation) throws DriverException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return operation.run();
            } catch (DriverException e) {
                if (!e.retryable() || attempt >= queues.retries()) {
                    throw e;
                }
                long wait = queues.retryDelay().toMillis() << attempt;
                LOG.info("Node {}: {}; trying again in {} ms", nodeId, e.getMessage(), wait);
                Thread.sleep(wait);
            }
        }
    }
}
