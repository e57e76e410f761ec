package org.presto.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, each role including those before it: a {@link #VIEWER} reads (the context, details and list
 * RPCs, subscriptions); an {@link #OPERATOR} also creates, updates and deletes services and paths; an {@link #ADMIN}
 * also changes resources and configuration (SIP states, drivers and devices, imports).
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** Whether holding this role grants {@code other}. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The name as configuration files and error messages write it: {@code viewer}, {@code operator}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a {@link #label()}, case-insensitive; empty for any other name. */
    public static Optional<Role> of(String label) {
        for (Role role : values()) {
            if (role.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
