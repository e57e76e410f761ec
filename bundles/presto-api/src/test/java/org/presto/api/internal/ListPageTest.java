package org.presto.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Pages of a list as the list pagination drafts define them. */
class ListPageTest {
    private static final List<String> KEYS = List.of("a", "b", "c", "d", "e");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ListPage page(String limit, String offset, String direction, String cursor) {
        return ListPage.of(limit, offset, direction, cursor, null, null, null);
    }

    @Test
    void noParameterAsksForNoPage() {
        assertNull(ListPage.of(null, null, null, null, null, null, null));
    }

    @Test
    void limitAndOffsetCutTheListAndSayWhatRemains() {
        ListPage.Page<String> page = page("2", "1", null, null).apply(KEYS, Function.identity());
        assertEquals(List.of("b", "c"), page.entries());
        assertEquals(2, page.remaining());
        // the next page starts at d, the one before ends at a (read backwards from there)
        assertEquals(List.of("d", "e"), page("2", null, null, page.next()).apply(KEYS, Function.identity())
                .entries());
        assertEquals(List.of("a"), page("2", null, "backwards", page.previous()).apply(KEYS, Function.identity())
                .entries());
        ListPage.Page<String> last = page("unbounded", "3", null, null).apply(KEYS, Function.identity());
        assertEquals(List.of("d", "e"), last.entries());
        assertEquals(0, last.remaining());
        assertNull(last.next());
    }

    @Test
    void aCursorIntoAListInKeyOrderReadsLogNEntriesAndOneInAnotherOrderIsStillFound() {
        List<String> sorted = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            sorted.add(String.format("k%06d", i));
        }
        int[] reads = {0};
        Function<String, String> counted = key -> {
            reads[0]++;
            return key;
        };
        String cursor = java.util.Base64.getUrlEncoder().encodeToString("k077777".getBytes());
        assertEquals(List.of("k077777", "k077778"), page("2", null, null, cursor).apply(sorted, counted).entries());
        // 17 probes at most for 100 000 entries, and the two cursors of the page
        assertEquals(true, reads[0] <= 20, reads[0] + " entries read");
        assertEquals(List.of("k077777", "k077776"), page("2", null, "backwards", cursor).apply(sorted,
                Function.identity()).entries());
        List<String> shuffled = new ArrayList<>(List.of("d", "a", "e", "c", "b"));
        String c = java.util.Base64.getUrlEncoder().encodeToString("c".getBytes());
        assertEquals(List.of("c", "b"), page("2", null, null, c).apply(shuffled, Function.identity()).entries());
    }

    @Test
    void backwardsReadsFromTheEnd() {
        assertEquals(List.of("e", "d"), page("2", null, "backwards", null).apply(KEYS, Function.identity())
                .entries());
    }

    @Test
    void anOffsetAtTheEndIsAnEmptyPageAndPastItIs416() {
        assertEquals(List.of(), page(null, "5", null, null).apply(KEYS, Function.identity()).entries());
        RestconfError past = assertThrows(RestconfError.class, () -> page(null, "6", null, null).apply(KEYS,
                Function.identity()));
        assertEquals(416, past.status);
    }

    @Test
    void badValuesAre400AnUnknownCursor404AndWhere501() {
        for (String[] bad : List.of(new String[] {"0", null, null}, new String[] {"-1", null, null},
                new String[] {"x", null, null}, new String[] {null, "-1", null}, new String[] {null, null, "up"})) {
            assertEquals(400, assertThrows(RestconfError.class, () -> page(bad[0], bad[1], bad[2], null))
                    .status);
        }
        assertEquals(404, assertThrows(RestconfError.class, () -> page(null, null, null, "eg").apply(KEYS,
                Function.identity())).status);
        assertEquals(501, assertThrows(RestconfError.class, () -> ListPage.of(null, null, null, null, null,
                "//uuid", null)).status);
    }

    @Test
    void sortByALeafNumbersByValueBeforeText() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        for (String entry : List.of("{\"uuid\":\"w\",\"c\":{\"v\":\"1a\"}}", "{\"uuid\":\"x\",\"c\":{\"v\":\"10\"}}",
                "{\"uuid\":\"y\",\"c\":{\"v\":9}}", "{\"uuid\":\"z\"}")) {
            entries.add(JSON.readTree(entry));
        }
        ListPage byValue = ListPage.of(null, null, null, null, "c/v", null, null);
        List<String> keys = byValue.apply(byValue.sorted(entries), ListPage::keyOf).entries().stream()
                .map(ListPage::keyOf).toList();
        // numbers by value and before text, whatever the mix: one total order
        assertEquals(List.of("y", "x", "w", "z"), keys);
    }

    @Test
    void theMetadataIsAnAnnotationOfTheFirstEntry() throws Exception {
        JsonNode list = JSON.readTree("[{\"uuid\":\"b\"},{\"uuid\":\"c\"}]");
        ListPage.annotate(list, page("2", "1", null, null).apply(KEYS, Function.identity()));
        assertEquals("{\"@\":{\"ietf-list-pagination:remaining\":2,\"ietf-list-pagination:next\":\"ZA\","
                + "\"ietf-list-pagination:previous\":\"YQ\"},\"uuid\":\"b\"}", list.get(0).toString());
    }
}
