package org.presto.driver.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoNetworkTest {
    private final NetworkGraph demo = DemoNetwork.graph();

    @Test
    void isARingOfSixWithOneChord() {
        assertEquals(List.of("pe1", "pe2", "pe3", "pe4", "pe5", "pe6"),
                demo.sites().stream().map(Site::name).toList());
        for (int i = 1; i <= 6; i++) {
            String from = "pe" + i;
            String to = "pe" + (i % 6 + 1);
            assertTrue(hasSpan(from, to), "ring span " + from + " -- " + to);
        }
        assertTrue(hasSpan("pe1", "pe4"), "chord");
        assertEquals(7, demo.spans().size());
    }

    @Test
    void isConnected() {
        Set<String> reached = new HashSet<>(List.of("pe1"));
        Deque<String> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            String site = todo.pop();
            for (Span span : demo.spans()) {
                String other = span.siteA().equals(site) ? span.siteB() : span.siteB().equals(site) ? span.siteA()
                        : null;
                if (other != null && reached.add(other)) {
                    todo.push(other);
                }
            }
        }
        assertEquals(demo.sites().size(), reached.size());
    }

    @Test
    void ringSpansDifferInLengthSoShortestPathsAreNotHopCounts() {
        Set<Double> lengths = new HashSet<>();
        demo.spans().forEach(span -> lengths.add(span.lengthKm()));
        assertEquals(demo.spans().size(), lengths.size());
        // pe2 to pe5: three hops either way round the ring, but of different lengths
        double viaPe3 = length("pe2", "pe3") + length("pe3", "pe4") + length("pe4", "pe5");
        double viaPe1 = length("pe2", "pe1") + length("pe1", "pe6") + length("pe6", "pe5");
        assertTrue(viaPe3 != viaPe1);
    }

    private boolean hasSpan(String a, String b) {
        return demo.spans().stream().anyMatch(span -> span.joins(a, b));
    }

    private double length(String a, String b) {
        return demo.spans().stream().filter(span -> span.joins(a, b)).findFirst().orElseThrow().lengthKm();
    }
}
