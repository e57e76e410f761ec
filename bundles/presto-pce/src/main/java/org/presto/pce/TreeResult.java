package org.presto.pce;

import java.util.Objects;

/** What a tree computation found: a tree, or why there is none. */
public sealed interface TreeResult permits TreeResult.Found, TreeResult.NotFound {

    record Found(ComputedTree tree) implements TreeResult {
        public Found {
            Objects.requireNonNull(tree, "tree");
        }
    }

    record NotFound(PathResult.Cause cause, String detail) implements TreeResult {
        public NotFound {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
