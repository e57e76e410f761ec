package org.presto.driver.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.emulator.SharedTopologies;

class NetworkSourceTest {
    @TempDir
    Path dir;

    @Test
    void demoIsBuiltIn() throws Exception {
        assertEquals(DemoNetwork.graph(), NetworkSource.load("demo", dir));
        assertEquals(DemoNetwork.graph(), NetworkSource.load(" demo ", dir));
    }

    @Test
    void picksTheLoaderByExtensionAndResolvesRelativePathsAgainstTheBase() throws Exception {
        Path topologies = SharedTopologies.root();
        assertEquals("Abilene", NetworkSource.load("topozoo/graphml/Abilene.graphml", topologies).name());
        assertEquals("geant_undirected", NetworkSource.load("optical/xlron/geant_undirected.json", topologies).name());
        Path absolute = SharedTopologies.topologyZoo("Abilene.graphml");
        assertEquals("Abilene", NetworkSource.load(absolute.toString(), dir).name());
    }

    @Test
    void missingFileErrorNamesTheResolvedFile() {
        NetworkLoadException error = assertThrows(NetworkLoadException.class,
                () -> NetworkSource.load("nets/absent.graphml", dir));
        assertEquals("network file " + dir.resolve("nets/absent.graphml") + ": does not exist", error.getMessage());
    }

    @Test
    void unknownKindsAndEmptySettingsAreClearErrors() throws Exception {
        Path text = Files.writeString(dir.resolve("net.txt"), "a b 10");
        assertTrue(assertThrows(NetworkLoadException.class, () -> NetworkSource.load(text.toString(), dir))
                .getMessage().contains("unknown kind of file"));
        assertTrue(assertThrows(NetworkLoadException.class, () -> NetworkSource.load(dir.toString(), dir))
                .getMessage().contains("is not a regular file"));
        assertTrue(assertThrows(NetworkLoadException.class, () -> NetworkSource.load(" ", dir))
                .getMessage().contains("network setting is empty"));
    }
}
