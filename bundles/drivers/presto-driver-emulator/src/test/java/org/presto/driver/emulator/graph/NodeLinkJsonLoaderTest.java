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

class NodeLinkJsonLoaderTest {
    private final NodeLinkJsonLoader loader = new NodeLinkJsonLoader();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> loadsEveryXlronFile() throws IOException {
        List<Path> files = SharedTopologies.xlronFiles();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NetworkGraph graph = loader.load(file);
            assertFalse(graph.sites().isEmpty());
            assertFalse(graph.spans().isEmpty());
            NetworkAssertions.assertConsistent(new TapiNetworkMapper("xlron", 2, 1000, 10000).map(graph), 2);
        }));
    }

    @Test
    void takesLengthsFromTheDistanceMember() throws Exception {
        NetworkGraph nsfnet = loader.load(SharedTopologies.xlron("nsfnet_deeprmsa_undirected.json"));
        assertEquals("nsfnet_deeprmsa_undirected", nsfnet.name());
        assertEquals(14, nsfnet.sites().size());
        assertEquals(22, nsfnet.spans().size());
        double total = nsfnet.spans().stream().mapToDouble(Span::lengthKm).sum();
        assertEquals(Math.rint(total), total, "XLRON distances are whole km, not great circles");
    }

    @Test
    void namesNodesByNameElseIdAndMakesRepeatsUnique() throws Exception {
        NetworkGraph cost239 = loader.load(SharedTopologies.xlron("cost239_deeprmsa_undirected.json"));
        assertEquals("1", cost239.sites().get(0).name());
        NetworkGraph tata = loader.load(SharedTopologies.xlron("tataind_undirected.json"));
        assertEquals(143, tata.sites().size());
        assertTrue(tata.sites().stream().map(Site::name).noneMatch("Kozhikode"::equals));
    }

    @Test
    void withoutALengthUsesCoordinatesElseTheDefault() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.json"), """
                {"directed": true, "nodes": [
                   {"id": "london", "latitude": 51.5, "longitude": -0.12},
                   {"id": "paris", "latitude": 48.85, "longitude": 2.35},
                   {"id": 3}],
                 "edges": [{"source": "london", "target": "paris"}, {"source": "paris", "target": "london"},
                           {"source": "paris", "target": 3, "length": 7.5}, {"source": 3, "target": "london"}]}
                """);
        NetworkGraph graph = loader.load(file);
        assertEquals(3, graph.spans().size());
        assertEquals(343, graph.spans().get(0).lengthKm(), 2);
        assertEquals(7.5, graph.spans().get(1).lengthKm());
        assertEquals(NetworkGraphBuilder.DEFAULT_LENGTH_KM, graph.spans().get(2).lengthKm());
    }

    @Test
    void badFilesAreClearErrors() throws Exception {
        assertProblem(write("broken.json", "{\"nodes\": [ {\"id\": 1 "), "is not valid JSON");
        assertProblem(write("array.json", "[]"), "is not a JSON object");
        assertProblem(write("nonodes.json", "{\"links\": []}"), "has no \"nodes\" array");
        assertProblem(write("empty.json", "{\"nodes\": [], \"links\": []}"), "the network has no nodes");
        assertProblem(write("noid.json", "{\"nodes\": [{\"name\": \"x\"}]}"), "a node has no \"id\"");
        assertProblem(write("badlength.json",
                "{\"nodes\": [{\"id\": 1}, {\"id\": 2}], \"links\": [{\"source\": 1, \"target\": 2, \"distance\": "
                        + "\"far\"}]}"),
                "\"distance\" is not a number");
        assertProblem(dir.resolve("absent.json"), "cannot be read");
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
