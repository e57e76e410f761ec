package org.presto.api.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.presto.model.Name;

/** How the NRP API's *-id-or-name inputs pick an object: by its uuid, or by any of its name values. */
final class IdOrName {
    private IdOrName() {
    }

    static boolean matches(String uuid, List<Name> names, String idOrName) {
        return idOrName.equals(uuid) || names.stream().anyMatch(n -> idOrName.equals(n.value()));
    }

    /** The object the input names, the uuid taking precedence over a name another object may share. */
    static <T> Optional<T> find(List<T> candidates, Function<T, String> uuid, Function<T, List<Name>> names,
                                String idOrName) {
        return candidates.stream().filter(c -> idOrName.equals(uuid.apply(c))).findFirst()
                .or(() -> candidates.stream().filter(c -> matches(null, names.apply(c), idOrName)).findFirst());
    }
}
