package org.presto.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the IETF list pagination drafts define it for a GET whose target is a list
 * (draft-ietf-netconf-list-pagination, and its RESTCONF mapping draft-ietf-netconf-list-pagination-rc): the
 * entries ordered as the list is (or by {@code sort-by}, a descendant leaf, ascending), read {@code forwards} or
 * {@code backwards} ({@code direction}), from {@code offset} or from the entry a {@code cursor} names, at most
 * {@code limit} of them; what is left is reported as the {@code remaining} count and the cursors of the next and the
 * previous page. {@code where} (an XPath filter) is not offered: 501.
 *
 * @param limit    at most this many entries; {@link Integer#MAX_VALUE} for unbounded
 * @param offset   entries skipped before the first
 * @param cursor   the key of the entry to start at (decoded), or null
 * @param sortBy   the descendant leaf to sort by, as a path of member names, or null for the list's own order
 */
record ListPage(int limit, int offset, boolean backwards, String cursor, List<String> sortBy) {
    static final String MODULE = "ietf-list-pagination";

    /** One page: its entries and what is left of the list after them. */
    record Page<T>(List<T> entries, int remaining, String next, String previous) {
    }

    /** The page the query parameters ask for; null when they ask for none (the whole list). */
    static ListPage of(String limit, String offset, String direction, String cursor, String sortBy, String where,
                       String sublistLimit) {
        if (limit == null && offset == null && direction == null && cursor == null && sortBy == null
                && where == null && sublistLimit == null) {
            return null;
        }
        if (where != null || sublistLimit != null) {
            throw new RestconfError(501, "application", "operation-not-supported", "the " + (where != null ? "where"
                    : "sublist-limit") + " parameter of list pagination is not supported", null);
        }
        if (direction != null && !direction.equals("forwards") && !direction.equals("backwards")) {
            throw RestconfError.invalidValue("direction is forwards or backwards, not '" + direction + "'", null);
        }
        if (cursor != null && offset != null) {
            throw RestconfError.invalidValue("offset and cursor cannot be given together", null);
        }
        return new ListPage(limit == null || limit.equals("unbounded") ? Integer.MAX_VALUE
                : number("limit", limit, 1), offset == null ? 0 : number("offset", offset, 0),
                "backwards".equals(direction), cursor == null ? null : decode(cursor),
                sortBy == null ? null : sortPath(sortBy));
    }

    private static int number(String name, String value, int min) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= 0xFFFF_FFFFL) {
                return (int) Math.min(parsed, Integer.MAX_VALUE);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RestconfError.invalidValue(name + " is a whole number from " + min + " to 4294967295"
                + (name.equals("limit") ? " or 'unbounded'" : "") + ", not '" + value + "'", null);
    }

    private static List<String> sortPath(String sortBy) {
        List<String> path = new ArrayList<>();
        for (String member : sortBy.split("/")) {
            if (member.isBlank()) {
                throw RestconfError.invalidValue("sort-by names a descendant leaf (e.g. name/value), not '" + sortBy
                        + "'", null);
            }
            path.add(DataPath.localName(member.strip()));
        }
        return path;
    }

    /** Whether the page needs the entries as JSON (to sort them by a leaf). */
    boolean sorts() {
        return sortBy != null;
    }

    /** Entries as JSON, sorted by {@code sort-by} if it is given (stable; entries without the leaf last). */
    List<JsonNode> sorted(List<JsonNode> entries) {
        if (sortBy == null) {
            return entries;
        }
        List<JsonNode> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(this::sortKey, Comparator.nullsLast(ListPage::compareLeaves)));
        return sorted;
    }

    private JsonNode sortKey(JsonNode entry) {
        JsonNode node = entry;
        for (String member : sortBy) {
            node = node.isArray() && !node.isEmpty() ? node.get(0) : node;
            node = node.get(member);
            if (node == null) {
                return null;
            }
        }
        return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    /**
     * Numbers (and numbers written as strings) by value and before every other leaf, other leaves as text: one total
     * order, whatever mix a list holds.
     */
    private static int compareLeaves(JsonNode a, JsonNode b) {
        java.math.BigDecimal x = number(a);
        java.math.BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.asText().compareTo(b.asText());
    }

    private static java.math.BigDecimal number(JsonNode leaf) {
        try {
            return new java.math.BigDecimal(leaf.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The page of these entries (in the list's order, or sorted already).
     *
     * @param key each entry's key, which a cursor names
     * @throws RestconfError 416 when the offset is past the end, 404 when no entry has the cursor's key
     */
    <T> Page<T> apply(List<T> entries, Function<T, String> key) {
        List<T> ordered = backwards ? reversed(entries) : entries;
        int start = offset;
        if (cursor != null) {
            start = indexOf(ordered, key, cursor, backwards);
        } else if (offset > ordered.size()) {
            throw new RestconfError(416, "application", "invalid-value", "offset-out-of-range", "offset " + offset
                    + " is past the end of the list (" + ordered.size() + " entries)", null);
        }
        int end = (int) Math.min((long) start + limit, ordered.size());
        List<T> page = ordered.subList(start, end);
        int remaining = ordered.size() - end;
        String next = remaining > 0 ? encode(key.apply(ordered.get(end))) : null;
        String previous = start > 0 ? encode(key.apply(ordered.get(start - 1))) : null;
        return new Page<>(List.copyOf(page), remaining, next, previous);
    }

    /** The entries last first, as a view: only the entries of the page are read from it. */
    private static <T> List<T> reversed(List<T> entries) {
        return new java.util.AbstractList<>() {
            @Override
            public T get(int index) {
                return entries.get(entries.size() - 1 - index);
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /**
     * Where the cursor's entry is. Most lists are kept in key order (services by uuid), and their entries may be made
     * only when read, so a binary search comes first: log n entries read. What it finds is checked, and a list in
     * another order is scanned.
     */
    private static <T> int indexOf(List<T> entries, Function<T, String> key, String cursor, boolean descending) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String at = key.apply(entries.get(middle));
            if (at == null) {
                break;
            }
            int order = descending ? cursor.compareTo(at) : at.compareTo(cursor);
            if (order == 0) {
                return middle;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (cursor.equals(key.apply(entries.get(i)))) {
                return i;
            }
        }
        throw new RestconfError(404, "application", "invalid-value", "cursor-not-found", "no entry of the list "
                + "is at this cursor (it may have been deleted)", null);
    }

    /** A JSON entry's key, as a data path names it: its uuid, local-id or value-name. */
    static String keyOf(JsonNode entry) {
        for (String member : List.of("uuid", "local-id", "value-name")) {
            JsonNode key = entry.get(member);
            if (key != null && key.isValueNode()) {
                return key.asText();
            }
        }
        return entry.toString();
    }

    /**
     * Puts a page's metadata where the RESTCONF mapping of the draft puts it: an {@code "@"} member of the list's
     * first entry (RFC 7952 annotations), holding {@code remaining} and the {@code next} and {@code previous} cursors.
     */
    static void annotate(JsonNode list, Page<?> page) {
        if (!list.isArray() || list.isEmpty() || !list.get(0).isObject()) {
            return;
        }
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.put(MODULE + ":remaining", page.remaining());
        if (page.next() != null) {
            metadata.put(MODULE + ":next", page.next());
        }
        if (page.previous() != null) {
            metadata.put(MODULE + ":previous", page.previous());
        }
        ObjectNode first = (ObjectNode) list.get(0);
        ObjectNode annotated = JsonNodeFactory.instance.objectNode();
        annotated.set("@", metadata);
        annotated.setAll(first);
        ((ArrayNode) list).set(0, annotated);
    }

    /** Cursors are opaque to clients: the entry's key, base64url. */
    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RestconfError.invalidValue("cursor '" + cursor + "' is not one this server gave", null);
        }
    }
}
