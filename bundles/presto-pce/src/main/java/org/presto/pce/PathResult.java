package org.presto.pce;

import java.util.Locale;
import java.util.Objects;

/** What a path computation found: a path, or why there is none. */
public sealed interface PathResult permits PathResult.Found, PathResult.NotFound {

    /** Why no path satisfies a request. */
    enum Cause {
        /** The endpoints are not connected over usable links and nodes, whatever the capacity asked. */
        NO_PATH,
        /** Paths exist, but each has a link with less available capacity than asked. */
        INSUFFICIENT_BANDWIDTH,
        /** Paths with the capacity exist, but each has more links than the hop bound allows. */
        HOP_LIMIT_EXCEEDED,
        /** Paths with the capacity (and within the hop bound) exist, but each has more latency than allowed. */
        LATENCY_EXCEEDED,
        /** The request contradicts itself, e.g. an endpoint is also excluded. */
        CONTRADICTORY_CONSTRAINTS,
        /** Photonic paths exist, but none of the candidates has the spectrum asked free on all its links. */
        NO_SPECTRUM;

        /** The cause as an RFC 8040 error-app-tag: lower case with hyphens. */
        public String appTag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Found(ComputedPath path) implements PathResult {
        public Found {
            Objects.requireNonNull(path, "path");
        }
    }

    record NotFound(Cause cause, String detail) implements PathResult {
        public NotFound {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
