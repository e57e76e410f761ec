package org.presto.model.tapi;

import java.util.List;
import org.presto.model.Context;

/**
 * A context read from a TAPI document, and what of the document was left out: members Presto's model does not have,
 * values it cannot make sense of (a typo in an enumeration, a capacity in GHz where a bit rate belongs). Each is
 * named by its path in the document and the reason, so that an operator can tell what the import did not take.
 *
 * @param context the context
 * @param ignored what was left out, in document order
 */
public record ImportedContext(Context context, List<Ignored> ignored) {
    /** One member left out: its JSON pointer in the document and why. */
    public record Ignored(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    public ImportedContext {
        ignored = List.copyOf(ignored);
    }
}
