package org.presto.shell.internal;

import java.util.List;
import org.presto.model.Name;

/** Shows objects by their first name value, the way operators know them, falling back to the uuid. */
final class Names {
    private Names() {
    }

    static String of(List<Name> names, String uuid) {
        return names.stream().map(Name::value).filter(v -> v != null && !v.isBlank()).findFirst().orElse(uuid);
    }
}
