package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * No request body beyond {@value #MAX_BYTES} bytes: one that says it is larger is refused with 413 before a byte of
 * it is read, and one that does not say (chunked) is cut off with 413 when it passes the limit, so that no body can
 * take the server's memory. The largest request of the API, a multipoint service with hundreds of end points and
 * their classes, is a few hundred kilobytes.
 */
@PreMatching
final class BodyLimitFilter implements ContainerRequestFilter {
    static final int MAX_BYTES = 1 << 20;

    private final ObjectMapper json;

    BodyLimitFilter(ObjectMapper json) {
        this.json = json;
    }

    static RestconfError tooLarge() {
        return new RestconfError(413, "protocol", "too-big", "a request body is at most " + MAX_BYTES + " bytes",
                null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge().toResponse(json));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    /** Counts what is read and fails past the limit; the 413 reaches the client through {@link ErrorMapper}. */
    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
