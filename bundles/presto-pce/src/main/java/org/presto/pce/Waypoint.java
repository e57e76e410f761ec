package org.presto.pce;

import java.util.Objects;

/** A node or a link a path must pass, in the order of the request's waypoints (an include-node or include-link). */
public record Waypoint(Kind kind, String id) {
    public enum Kind {
        NODE,
        /** The link is crossed in whichever direction gives the better path. */
        LINK
    }

    public Waypoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Waypoint node(String id) {
        return new Waypoint(Kind.NODE, id);
    }

    public static Waypoint link(String id) {
        return new Waypoint(Kind.LINK, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
