package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No request body beyond {@value #MAX_BYTES} bytes: one that says it is larger is refused with 413 before a byte of
 * it is read, and one that does not say (chunked) is cut off with 413 when it passes the limit, as it is read, so
 * that no body can take the server's memory or disk. The largest request of the API, a multipoint service with
 * hundreds of end points and their classes, is a few hundred kilobytes.
 *
 * <p>A body must arrive within a time and, after its first second, at a minimum rate, both counted from when the
 * API first reads it (Jetty's own minimum rate counts from the first byte's arrival, so a busy server would refuse
 * small bodies it was slow to read): a client that trickles a body to hold a request thread is cut off within
 * seconds. A body that cannot be read (too slow, cut off, a broken chunked encoding) is the client's failure: a 4xx
 * as RFC 8040 says, logged once as a line, never a 500 with a stack trace.
 */
@PreMatching
final class BodyLimitFilter implements ContainerRequestFilter {
    static final int MAX_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(BodyLimitFilter.class);
    /** Jetty states the status it chose at the start of its message ("408: Request content data rate < ..."). */
    private static final Pattern CONTAINER_STATUS = Pattern.compile("^(4\\d\\d)\\b");

    /** The time a body may take before the minimum rate applies: a client's first segments may come apart. */
    private static final long GRACE_NANOS = 1_000_000_000L;

    private final ObjectMapper json;
    private final long maxNanos;
    private final long minBytesPerSecond;
    private final LongSupplier clock;

    /**
     * @param maxTime           the time in which a body must have arrived, from its first read
     * @param minBytesPerSecond the rate at which it must arrive after the first second (0: any)
     * @param clock             nanoseconds (tests drive it)
     */
    BodyLimitFilter(ObjectMapper json, Duration maxTime, long minBytesPerSecond, LongSupplier clock) {
        this.json = json;
        this.maxNanos = maxTime.toNanos();
        this.minBytesPerSecond = minBytesPerSecond;
        this.clock = clock;
    }

    static RestconfError tooLarge() {
        return new RestconfError(413, "protocol", "too-big", "a request body is at most " + MAX_BYTES + " bytes",
                null);
    }

    /** The answer to a body that could not be read: the container's 4xx if it chose one, else 400. */
    static RestconfError unreadable(Throwable failure) {
        String reason = null;
        int status = 400;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                // the server's idle timeout: nothing came for that long (shorter while threads run low)
                status = 408;
                reason = "nothing arrived for too long";
                break;
            }
            if (cause.getMessage() != null) {
                Matcher code = CONTAINER_STATUS.matcher(cause.getMessage());
                if (code.find()) {
                    status = Integer.parseInt(code.group(1));
                    reason = cause.getMessage().substring(code.end()).replaceFirst("^[:\\s]+", "");
                    break;
                }
                if (reason == null) {
                    reason = cause.getMessage();
                }
            }
        }
        return unreadable(status, reason, failure.getClass().getSimpleName());
    }

    private static RestconfError unreadable(int status, String reason, String what) {
        // CXF would read the rest of the body before writing the answer, and fail again, loudly: there is no rest
        Message request = PhaseInterceptorChain.getCurrentMessage();
        if (request != null) {
            request.put("cxf.io.cacheinput", Boolean.FALSE);
            request.removeContent(DelegatingInputStream.class);
        }
        String message = "the request body could not be read" + (reason == null ? "" : ": " + reason);
        LOG.info("{} ({})", message, what);
        return new RestconfError(status, "transport", "malformed-message", message, null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge().toResponse(json));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    /**
     * Counts what is read and fails past the limit; turns a failure to read into {@link #unreadable}. Buffered, so
     * that it supports mark and reset: JAX-RS's hasEntity() then peeks at one byte instead of reading the whole
     * body into a cache first. Past its deadline, the next read is refused with 408: the minimum data rate of the
     * container alone lets a 1 MiB body take a quarter of an hour. The errors reach the client through
     * {@link ErrorMapper}.
     */
    private final class Bounded extends FilterInputStream {
        /** When the first read was asked for, 0 before: time spent before (authentication, a queue) is ours. */
        private long started;
        private long read;
        private long marked;

        Bounded(InputStream in) {
            super(new BufferedInputStream(in));
        }

        @Override
        public int read() throws IOException {
            int b = guarded(() -> super.read());
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = guarded(() -> super.read(buffer, offset, length));
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public synchronized void reset() throws IOException {
            // what was peeked at is read again: count it once
            super.reset();
            read = marked;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = read;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
            if (n <= 0) {
                return;
            }
            long elapsed = clock.getAsLong() - started;
            if (elapsed > maxNanos) {
                long seconds = maxNanos / 1_000_000_000L;
                throw unreadable(408, "it took longer than the " + seconds + " s a body may take", "deadline");
            }
            if (minBytesPerSecond > 0 && elapsed > GRACE_NANOS
                    && read < minBytesPerSecond * (double) (elapsed - GRACE_NANOS) / 1e9) {
                throw unreadable(408, "it arrived slower than " + minBytesPerSecond + " bytes/s", "rate");
            }
        }

        private int guarded(Read read) {
            if (started == 0) {
                started = clock.getAsLong();
            }
            try {
                return read.get();
            } catch (RestconfError e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw unreadable(e);
            }
        }
    }

    @FunctionalInterface
    private interface Read {
        int get() throws IOException;
    }
}
