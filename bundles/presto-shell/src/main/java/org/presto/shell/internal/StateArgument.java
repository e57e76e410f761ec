package org.presto.shell.internal;

import java.util.Locale;
import org.presto.model.AdministrativeState;

/** An administrative state as an operator types it: LOCKED or UNLOCKED, in any case. */
final class StateArgument {
    private StateArgument() {
    }

    static AdministrativeState parse(String state) {
        try {
            return AdministrativeState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be LOCKED or UNLOCKED, not '" + state + "'", e);
        }
    }
}
