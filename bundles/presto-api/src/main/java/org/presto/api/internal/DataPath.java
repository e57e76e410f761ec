package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A data resource found in the context by the path a client wrote, in any of the syntaxes clients use:
 * <ul>
 *   <li>the swagger's: {@code context/topology=K/node=K};</li>
 *   <li>RFC 8040: {@code tapi-common:context/tapi-topology:topology=K/node=K} (a module prefix on any segment);</li>
 *   <li>the RESTCONF drafts (OpenDaylight's {@code /restconf/operational} and {@code /restconf/config}): a list
 *       entry's key is a path segment of its own, {@code tapi-topology:topology/K/node/K}.</li>
 * </ul>
 * A key names an entry by its uuid, by its local-id or value-name (the keys of TAPI lists without uuid), or by any
 * of its name values, a uuid taking precedence (the MEF SDK's tutorial names its topology
 * {@code mef:presto-nrp-topology}).
 *
 * @param node  the resource
 * @param steps each step from the context down to it: the member and, for a list entry, the entry
 */
record DataPath(JsonNode node, List<Step> steps) {

    /** One step down: into a member (entry null) or into one entry of a list member. */
    record Step(String member, JsonNode entry) {
    }

    /** The local name of the last member, and whether the path ends in a list entry. */
    Step last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * Walks the context along the segments after the root segment.
     *
     * @throws RestconfError 404 with the path walked so far when a member or entry is not there
     */
    static DataPath walk(JsonNode context, String rootSegment, List<String> segments) {
        List<Step> steps = new ArrayList<>(List.of(new Step(localName(rootSegment), null)));
        JsonNode node = context;
        StringBuilder walked = new StringBuilder("/" + rootSegment);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            walked.append('/').append(segment);
            int eq = segment.indexOf('=');
            String name = localName(eq < 0 ? segment : segment.substring(0, eq));
            JsonNode child = node.isObject() ? node.get(name) : null;
            if (child == null) {
                throw RestconfError.notFound("no " + name + " here", walked.toString());
            }
            String key = null;
            if (eq >= 0) {
                key = segment.substring(eq + 1);
            } else if (child.isArray() && i + 1 < segments.size()) {
                // the drafts' syntax: a list's key follows as a segment of its own
                key = segments.get(++i);
                walked.append('/').append(key);
            }
            if (key == null) {
                node = child;
                steps.add(new Step(name, null));
            } else {
                node = entry(child, name, key, walked.toString());
                steps.add(new Step(name, node));
            }
        }
        return new DataPath(node, steps);
    }

    private static JsonNode entry(JsonNode list, String name, String key, String walked) {
        if (!list.isArray()) {
            throw RestconfError.notFound(name + " is not a list; it has no entry '" + key + "'", walked);
        }
        for (String keyMember : List.of("uuid", "local-id", "value-name")) {
            for (JsonNode entry : list) {
                if (key.equals(entry.path(keyMember).asText(null))) {
                    return entry;
                }
            }
        }
        for (JsonNode entry : list) {
            for (JsonNode named : entry.path("name")) {
                if (key.equals(named.path("value").asText(null))) {
                    return entry;
                }
            }
        }
        throw RestconfError.notFound("no " + name + " with uuid, key or name '" + key + "'", walked);
    }

    static String localName(String member) {
        int colon = member.indexOf(':');
        return colon < 0 ? member : member.substring(colon + 1);
    }
}
