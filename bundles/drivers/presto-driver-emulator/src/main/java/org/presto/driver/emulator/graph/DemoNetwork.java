package org.presto.driver.emulator.graph;

import java.util.List;

/**
 * The built-in network: six provider-edge switches pe1..pe6 on a ring, plus a chord pe1--pe4. The ring spans have
 * different lengths so that shortest paths are not simply the fewest hops: pe1 to pe4 is shortest over the chord
 * (200 km), while pe2 to pe5 is shortest via pe3 and pe4 (290 km), not via pe1 and pe6 (320 km) nor over the chord
 * (380 km).
 */
public final class DemoNetwork {
    public static final String NAME = "demo";

    private DemoNetwork() {
    }

    public static NetworkGraph graph() {
        List<Site> sites = List.of(
                Site.unplaced("pe1"), Site.unplaced("pe2"), Site.unplaced("pe3"),
                Site.unplaced("pe4"), Site.unplaced("pe5"), Site.unplaced("pe6"));
        List<Span> spans = List.of(
                new Span("pe1", "pe2", 120),
                new Span("pe2", "pe3", 80),
                new Span("pe3", "pe4", 150),
                new Span("pe4", "pe5", 60),
                new Span("pe5", "pe6", 110),
                new Span("pe6", "pe1", 90),
                new Span("pe1", "pe4", 200));
        return new NetworkGraph(NAME, sites, spans);
    }
}
