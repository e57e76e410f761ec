package org.presto.driver.emulator.device;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Group commit of a state file that changes made side by side share: a change is made in memory under its owner's
 * lock and then waits, without the lock, until a write that includes it has finished; one of the waiters writes,
 * the others' changes made meanwhile go into the next write. No change is acknowledged before a write holding it is
 * durable, and one write (an fsync of the whole state) serves every change made while the one before it ran, so that
 * changes are no longer one fsync each, one after another.
 *
 * @param <S> a snapshot of the state, taken under the owner's lock and written without it
 */
final class GroupCommit<S> {
    /** Writes a snapshot durably. */
    @FunctionalInterface
    interface Writer<S> {
        void write(S snapshot) throws IOException;
    }

    /** Failed writes kept for their waiters to find: more than can wait at once. */
    private static final int FAILURES_KEPT = 1024;

    private final Object lock;
    private final Supplier<S> snapshot;
    private final Writer<S> writer;
    /** Changes made in memory, numbered. */
    private long version;
    /** The last version a finished write covered, whether it succeeded or not. */
    private long written;
    private boolean writing;
    /** Failed writes by the last version each covered: the first version it covered, and why it failed. */
    private final TreeMap<Long, Map.Entry<Long, IOException>> failures = new TreeMap<>();

    /**
     * @param lock     the owner's monitor, under which changes are made and the snapshot is taken
     * @param snapshot the state as it is, called under the lock
     */
    GroupCommit(Object lock, Supplier<S> snapshot, Writer<S> writer) {
        this.lock = lock;
        this.snapshot = snapshot;
        this.writer = writer;
    }

    /** Numbers a change just made in memory; call it under the owner's lock. */
    long changed() {
        assert Thread.holdsLock(lock);
        return ++version;
    }

    /**
     * Waits until a write that includes the change has finished, writing it if no write is under way. Call it without
     * the owner's lock, so that other changes go on meanwhile.
     *
     * @return the failure of that write, or null when the change is durable
     */
    IOException awaitWritten(long change) throws InterruptedIOException {
        while (true) {
            S state;
            long upTo;
            long from;
            synchronized (lock) {
                while (written < change && writing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted waiting for the state file to be written");
                    }
                }
                if (written >= change) {
                    Map.Entry<Long, Map.Entry<Long, IOException>> failed = failures.ceilingEntry(change);
                    return failed != null && failed.getValue().getKey() <= change ? failed.getValue().getValue()
                            : null;
                }
                writing = true;
                from = written + 1;
                upTo = version;
                state = snapshot.get();
            }
            IOException failure = null;
            try {
                writer.write(state);
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                // not written either: every change of the batch is told so, none taken for durable
                failure = new IOException("writing the state failed: " + e, e);
            } finally {
                synchronized (lock) {
                    if (failure != null) {
                        failures.put(upTo, Map.entry(from, failure));
                        if (failures.size() > FAILURES_KEPT) {
                            failures.pollFirstEntry();
                        }
                    }
                    written = upTo;
                    writing = false;
                    lock.notifyAll();
                }
            }
        }
    }
}
