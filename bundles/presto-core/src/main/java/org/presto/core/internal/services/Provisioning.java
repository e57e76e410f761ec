package org.presto.core.internal.services;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may provision now: the provisioning lock, shared by creates (which the database's claims keep apart) and held
 * whole by updates, deletes and journal recovery; the services whose devices are at work ({@link InFlight}); and the
 * end of it all when the core closes.
 */
final class Provisioning {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final InFlight inFlight = new InFlight();
    private volatile boolean closed;

    /** The lock as a create takes it, alongside other creates; refused once the core is closing. */
    Lock shared() {
        return open(lock.readLock());
    }

    /** The lock whole, as an update or delete takes it; refused once the core is closing. */
    Lock whole() {
        return open(lock.writeLock());
    }

    /** The lock whole for journal recovery, which a closing core finishes the record it started on. */
    Lock wholeForRecovery() {
        lock.writeLock().lock();
        return lock.writeLock();
    }

    private Lock open(Lock taken) {
        taken.lock();
        if (closed) {
            taken.unlock();
            throw new PrestoException(Reason.UNAVAILABLE, null, "Presto's core is restarting; try again");
        }
        return taken;
    }

    InFlight inFlight() {
        return inFlight;
    }

    boolean closed() {
        return closed;
    }

    /**
     * Refuses new requests and waits, at most the given time, for those under way to finish, so that a new
     * instance of the core (after a configuration change) never mistakes their journal entries for abandoned ones.
     */
    void close(Duration wait) {
        closed = true;
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (lock.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                lock.writeLock().unlock();
                if (inFlight.awaitNone(deadline)) {
                    return;
                }
            }
            LOG.warn("A request was still running after {}; the journal recovery will reconcile it", wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
