package org.presto.model;

import java.util.List;

/** Makes the list components of the value types immutable and never null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
