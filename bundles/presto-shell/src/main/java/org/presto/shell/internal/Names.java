package org.presto.shell.internal;

import java.util.List;
import org.presto.model.Name;

/**
 * Shows objects by their first name value, the way operators know them, falling back to the uuid; control characters
 * escaped ({@link Printable}).
 */
final class Names {
    private Names() {
    }

    static String of(List<Name> names, String uuid) {
        return Printable.of(names.stream().map(Name::value).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(uuid));
    }
}
