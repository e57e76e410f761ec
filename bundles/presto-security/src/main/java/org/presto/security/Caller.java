package org.presto.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param name   who: the JAAS user name, a token's subject, or a client certificate's common name
 * @param roles  the Presto roles its credentials carry; may be empty (authenticated, but allowed nothing)
 * @param scheme how it authenticated: {@code Basic}, {@code Bearer}, or {@code Certificate} (TLS client
 *               authentication)
 */
public record Caller(String name, Set<Role> roles, String scheme) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether one of its roles grants {@code needed}. */
    public boolean may(Role needed) {
        return roles.stream().anyMatch(role -> role.includes(needed));
    }
}
