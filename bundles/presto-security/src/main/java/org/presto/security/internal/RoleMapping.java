package org.presto.security.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.presto.security.Role;

/** Which names (JAAS role names, token claim values) grant which Presto role; exact, case-sensitive matches. */
final class RoleMapping {
    private final Map<Role, Set<String>> names = new EnumMap<>(Role.class);

    RoleMapping(String[] admin, String[] operator, String[] viewer) {
        names.put(Role.ADMIN, clean(admin));
        names.put(Role.OPERATOR, clean(operator));
        names.put(Role.VIEWER, clean(viewer));
    }

    /** A .cfg file gives one comma-separated string where metatype declares an array: both are taken. */
    private static Set<String> clean(String[] values) {
        return values == null ? Set.of() : Stream.of(values).flatMap(v -> Stream.of(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether no name grants any role. */
    boolean isEmpty() {
        return names.values().stream().allMatch(Set::isEmpty);
    }

    /** The roles some of the names grant. */
    Set<Role> rolesOf(Collection<String> granted) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach((role, accepted) -> {
            if (granted.stream().anyMatch(accepted::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }
}
