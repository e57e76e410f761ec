package org.presto.driver.emulator.tapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based (version 3) uuids for everything the emulator reports, so that a node, port, SIP or link keeps its uuid
 * across restarts for as long as the driver id and the names stay the same. The names hashed are paths such as
 * {@code presto-emulator/<driverId>/node/<node>}; each part is URL-encoded so that a '/' inside a name cannot make
 * two different things hash the same.
 */
public final class EmulatorUuids {
    private final String prefix;

    public EmulatorUuids(String driverId) {
        this.prefix = "presto-emulator/" + encode(driverId);
    }

    public String node(String node) {
        return uuid("node", node);
    }

    public String nodeEdgePoint(String node, String port) {
        return uuid("nep", node, port);
    }

    public String serviceInterfacePoint(String node, String port) {
        return uuid("sip", node, port);
    }

    /** The same uuid whichever end is named first: a span has no direction. */
    public String link(String nodeA, String nodeB) {
        return nodeA.compareTo(nodeB) <= 0 ? uuid("link", nodeA, nodeB) : uuid("link", nodeB, nodeA);
    }

    private String uuid(String kind, String... parts) {
        StringBuilder name = new StringBuilder(prefix).append('/').append(kind);
        for (String part : parts) {
            name.append('/').append(encode(part));
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
