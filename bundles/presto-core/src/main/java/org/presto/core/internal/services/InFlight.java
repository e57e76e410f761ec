package org.presto.core.internal.services;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;

/**
 * The services whose request is configuring or clearing their devices outside the provisioning lock: another request
 * on one of them is refused (409) until it ends, and journal recovery leaves them alone, for they are not abandoned.
 */
final class InFlight {
    private final Set<String> services = ConcurrentHashMap.newKeySet();

    void begin(String uuid) {
        services.add(uuid);
    }

    void end(String uuid) {
        synchronized (this) {
            services.remove(uuid);
            notifyAll();
        }
    }

    boolean contains(String uuid) {
        return services.contains(uuid);
    }

    /** Refuses a request on a service whose devices another request is configuring. */
    void refuse(String uuid) {
        if (services.contains(uuid)) {
            throw new PrestoException(Reason.CONFLICT, "service-id-or-name", "service " + uuid + " is being "
                    + "provisioned or removed by another request; try again when that has finished");
        }
    }

    /** Waits until no request is under way or the deadline ({@link System#nanoTime()}) passes; true if none is. */
    synchronized boolean awaitNone(long deadline) throws InterruptedException {
        while (!services.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
