package org.presto.driver.emulator.graph;

import java.util.Objects;

/**
 * A network element location of the emulated network, before it becomes a TAPI node.
 *
 * @param name unique within its network; the node's name and the root of its port names
 * @param latitude degrees north, or null when the source gives no position
 * @param longitude degrees east, or null when the source gives no position
 */
public record Site(String name, Double latitude, Double longitude) {
    public Site {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a node name must not be blank");
        }
    }

    public static Site unplaced(String name) {
        return new Site(name, null, null);
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
