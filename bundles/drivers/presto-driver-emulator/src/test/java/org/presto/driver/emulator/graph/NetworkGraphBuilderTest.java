package org.presto.driver.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkGraphBuilderTest {

    @Test
    void namesNodesByLabelElseIdAndMakesRepeatedLabelsUnique() {
        NetworkGraph graph = new NetworkGraphBuilder()
                .node("0", "Paris", null, null)
                .node("1", "Paris", null, null)
                .node("2", null, null, null)
                .node("3", "  ", null, null)
                .node("4", "Lyon", null, null)
                .build("t");
        assertEquals(List.of("Paris-0", "Paris-1", "2", "3", "Lyon"), graph.sites().stream().map(Site::name).toList());
    }

    @Test
    void aLabelThatLooksLikeAUniqueNameDoesNotClash() {
        NetworkGraph graph = new NetworkGraphBuilder()
                .node("1", "X", null, null)
                .node("2", "X", null, null)
                .node("3", "X-1", null, null)
                .build("t");
        assertEquals(3, graph.sites().stream().map(Site::name).distinct().count());
    }

    @Test
    void dropsSelfLoopsAndCollapsesParallelEdgesToTheShortest() {
        NetworkGraph graph = new NetworkGraphBuilder()
                .node("a", null, null, null)
                .node("b", null, null, null)
                .edge("a", "a", 5.0)
                .edge("a", "b", 30.0)
                .edge("b", "a", 20.0)
                .edge("a", "b", 25.0)
                .build("t");
        assertEquals(List.of(new Span("a", "b", 20.0)), graph.spans());
    }

    @Test
    void lengthIsGivenElseGreatCircleElseDefault() {
        NetworkGraph graph = new NetworkGraphBuilder()
                .node("london", null, 51.5, -0.12)
                .node("paris", null, 48.85, 2.35)
                .node("nowhere", null, null, null)
                .edge("london", "paris", 460.0)
                .edge("paris", "nowhere", null)
                .build("t");
        assertEquals(460.0, graph.spans().get(0).lengthKm());
        assertEquals(NetworkGraphBuilder.DEFAULT_LENGTH_KM, graph.spans().get(1).lengthKm());

        NetworkGraph measured = new NetworkGraphBuilder()
                .node("london", null, 51.5, -0.12)
                .node("paris", null, 48.85, 2.35)
                .edge("london", "paris", null)
                .build("t");
        assertEquals(343, measured.spans().get(0).lengthKm(), 2);
    }

    @Test
    void impossibleCoordinatesCountAsNoPosition() {
        NetworkGraph graph = new NetworkGraphBuilder()
                .node("a", null, 95.0, 0.0)
                .node("b", null, 0.0, 0.0)
                .edge("a", "b", null)
                .build("t");
        assertEquals(NetworkGraphBuilder.DEFAULT_LENGTH_KM, graph.spans().get(0).lengthKm());
    }

    @Test
    void refusesWhatCannotBeANetwork() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NetworkGraphBuilder().build("t"))
                .getMessage().contains("no nodes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new NetworkGraphBuilder().node("a", null, null, null).node("a", null, null, null))
                .getMessage().contains("used twice"));
        NetworkGraphBuilder dangling = new NetworkGraphBuilder().node("a", null, null, null).edge("a", "z", null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dangling.build("t"))
                .getMessage().contains("node id z, which does not exist"));
        assertThrows(IllegalArgumentException.class, () -> new NetworkGraphBuilder().edge("a", "b", -1.0));
    }
}
