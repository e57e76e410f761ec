package org.presto.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an object is named by clients: by its uuid, or by any of its name values (the NRP API's {@code *-id-or-name}
 * inputs, list keys in data paths, SIP references such as the MEF SDK tutorial's {@code sip:ovs-node:s1:s1-eth1}). A
 * uuid takes precedence over a name another object may share; among objects sharing a name the first is taken. The
 * API, the core and the shell all look up through here, so a name means the same object everywhere.
 */
public final class IdOrName {
    private IdOrName() {
    }

    /** Whether an object of this uuid and these names is the one named. */
    public static boolean matches(String uuid, List<Name> names, String idOrName) {
        return idOrName != null && (idOrName.equals(uuid) || names.stream().anyMatch(n -> idOrName.equals(n.value())));
    }

    /** The object named, the uuid taking precedence over a name. */
    public static <T> Optional<T> find(Collection<T> candidates, Function<T, String> uuid,
                                       Function<T, List<Name>> names, String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> idOrName.equals(uuid.apply(c))).findFirst()
                .or(() -> candidates.stream().filter(c -> matches(null, names.apply(c), idOrName)).findFirst());
    }
}
