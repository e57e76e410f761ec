package org.presto.spi.support;

import org.presto.spi.DiscoveredNetwork;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based (version 3) uuids for what a driver reports, so that a node, edge point, SIP or link keeps its uuid
 * across restarts of the driver and of Presto for as long as its names stay the same, as {@link DiscoveredNetwork}
 * requires. The names hashed are paths such as {@code <scope...>/node/<node>}; each part is URL-encoded so that a
 * '/' inside a name cannot make two different things hash the same.
 */
public final class StableUuids {
    private final String prefix;

    /**
     * @param scope what makes these uuids differ from other drivers' for the same names, e.g. the driver's kind and
     *              id: {@code "presto-netconf", driverId}
     */
    public StableUuids(String... scope) {
        StringBuilder path = new StringBuilder();
        for (String part : scope) {
            path.append(path.length() == 0 ? "" : "/").append(encode(part));
        }
        this.prefix = path.toString();
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

    /** The same uuid whichever end is named first: a link has no direction. */
    public String link(String endA, String endB) {
        return endA.compareTo(endB) <= 0 ? uuid("link", endA, endB) : uuid("link", endB, endA);
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
