package org.presto.pce;

import java.util.Objects;

/** What routing and spectrum assignment found: a path with one slice free along all of it, or why there is none. */
public sealed interface SpectrumResult permits SpectrumResult.Assigned, SpectrumResult.NotAssigned {

    record Assigned(ComputedPath path, SpectrumSlice slice) implements SpectrumResult {
        public Assigned {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(slice, "slice");
        }
    }

    /** No path, or paths without a common free slice ({@link PathResult.Cause#NO_SPECTRUM}). */
    record NotAssigned(PathResult.Cause cause, String detail) implements SpectrumResult {
        public NotAssigned {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
