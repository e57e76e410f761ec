package org.presto.driver.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.emulator.NetworkAssertions;
import org.presto.driver.emulator.SharedTopologies;
import org.presto.driver.emulator.tapi.TapiNetworkMapper;

class GraphmlLoaderTest {
    private final GraphmlLoader loader = new GraphmlLoader();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> loadsEveryTopologyZooFile() throws IOException {
        List<Path> files = SharedTopologies.topologyZooFiles();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NetworkGraph graph = loader.load(file);
            assertFalse(graph.sites().isEmpty());
            NetworkAssertions.assertConsistent(new TapiNetworkMapper("zoo", 1, 1000, 10000).map(graph), 1);
        }));
    }

    @Test
    void abileneHasItsNodesNamedByLabelAndMeasuredLinks() throws Exception {
        NetworkGraph abilene = loader.load(SharedTopologies.topologyZoo("Abilene.graphml"));
        assertEquals("Abilene", abilene.name());
        assertEquals(11, abilene.sites().size());
        assertEquals(14, abilene.spans().size());
        List<String> names = abilene.sites().stream().map(Site::name).toList();
        assertTrue(names.contains("New York"), names.toString());
        assertFalse(names.contains("Abilene"), "the graph's label key must not be taken for nodes");
        assertTrue(abilene.sites().stream().allMatch(Site::hasPosition));
        assertTrue(abilene.spans().stream().allMatch(span -> span.lengthKm() != NetworkGraphBuilder.DEFAULT_LENGTH_KM));
    }

    @Test
    void collapsesParallelEdgesAndDropsSelfLoops() throws Exception {
        NetworkGraph airtel = loader.load(SharedTopologies.topologyZoo("Airtel.graphml"));
        assertEquals(16, airtel.sites().size());
        assertEquals(26, airtel.spans().size(), "37 edges over 26 distinct pairs");
        NetworkGraph interoute = loader.load(SharedTopologies.topologyZoo("Interoute.graphml"));
        assertEquals(110, interoute.sites().size());
        assertEquals(146, interoute.spans().size(), "158 edges, 2 self-loops, 10 parallel");
    }

    @Test
    void repeatedAndMissingLabelsGiveUniqueNames() throws Exception {
        NetworkGraph asnet = loader.load(SharedTopologies.topologyZoo("AsnetAm.graphml"));
        assertTrue(asnet.sites().stream().map(Site::name).noneMatch("?"::equals));
        assertTrue(asnet.sites().stream().map(Site::name).anyMatch(name -> name.startsWith("?-")));
        NetworkGraph internet2 = loader.load(SharedTopologies.topologyZoo("Internet2.graphml"));
        assertEquals(20, internet2.sites().size());
    }

    @Test
    void readsKeysByAttributeNameAndAppliesKeyDefaults() throws Exception {
        Path file = write("keys.graphml", """
                <?xml version="1.0"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="g" for="graph" attr.name="label" attr.type="string"/>
                  <key id="x" for="node" attr.name="label" attr.type="string"><default>anon</default></key>
                  <key id="la" for="node" attr.name="Latitude" attr.type="double"/>
                  <key id="lo" for="all" attr.name="Longitude" attr.type="double"/>
                  <graph edgedefault="undirected">
                    <data key="g">Not a node</data>
                    <node id="n1"><data key="x">London</data><data key="la">51.5</data>
                    <data key="lo">-0.12</data></node>
                    <node id="n2"><data key="x">Paris</data><data key="la">48.85</data><data key="lo">2.35</data></node>
                    <node id="n3"/>
                    <edge source="n1" target="n2"/>
                    <edge source="n2" target="n3"/>
                  </graph>
                </graphml>
                """);
        NetworkGraph graph = loader.load(file);
        assertEquals(List.of("London", "Paris", "anon"), graph.sites().stream().map(Site::name).toList());
        assertEquals(343, graph.spans().get(0).lengthKm(), 2);
        assertEquals(NetworkGraphBuilder.DEFAULT_LENGTH_KM, graph.spans().get(1).lengthKm());
    }

    @Test
    void unparsableFileIsAClearError() throws Exception {
        Path file = write("broken.graphml", "<graphml><graph><node id=\"a\"></graph>");
        assertProblem(file, "is not well-formed XML (line 1");
    }

    @Test
    void fileWithoutNodesIsAClearError() throws Exception {
        Path file = write("empty.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"/></graphml>
                """);
        assertProblem(file, "the network has no nodes");
    }

    @Test
    void otherXmlIsAClearError() throws Exception {
        assertProblem(write("other.graphml", "<svg/>"), "not a GraphML document");
        assertProblem(write("nograph.graphml", "<graphml/>"), "has no <graph> element");
    }

    @Test
    void edgeToAMissingNodeIsAClearError() throws Exception {
        Path file = write("dangling.graphml", """
                <graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>
                """);
        assertProblem(file, "refers to node id b, which does not exist");
    }

    @Test
    void doctypesAreRefusedSoNoExternalEntityIsEverRead() throws Exception {
        Path secret = write("secret.txt", "top secret");
        Path file = write("xxe.graphml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE graphml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<graphml><graph><node id=\"&x;\"/></graph></graphml>");
        NetworkLoadException error = assertThrows(NetworkLoadException.class, () -> loader.load(file));
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("top secret"));
    }

    @Test
    void missingFileIsAClearError() {
        assertProblem(dir.resolve("absent.graphml"), "cannot be read");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private void assertProblem(Path file, String problem) {
        NetworkLoadException error = assertThrows(NetworkLoadException.class, () -> loader.load(file));
        assertTrue(error.getMessage().startsWith("network file " + file + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
