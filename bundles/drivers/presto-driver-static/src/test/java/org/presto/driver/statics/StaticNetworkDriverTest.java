package org.presto.driver.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.model.Node;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;

class StaticNetworkDriverTest {
    @TempDir
    Path dir;

    @Test
    void offersTheFilesNetworkAsItIsAndConfiguresNothing() throws Exception {
        StaticNetworkDriver driver = new StaticNetworkDriver("lab", StaticNetworkTckTest.METRO, "1.0");
        DiscoveredNetwork network = driver.discover();
        assertTrue(network.nodes().stream().map(Node::name).anyMatch(names -> names.toString().contains("sw-1")));
        assertEquals(List.of("metro over optical"), network.topologies().stream()
                .map(t -> t.name().get(0).value()).filter(n -> n.startsWith("metro")).toList());
        assertTrue(driver.capabilities().isEmpty());
        assertTrue(driver.info().description().contains(network.nodes().size() + " nodes"), driver.info()
                .description());
        String node = network.nodes().get(0).uuid();
        ForwardingEntry entry = new ForwardingEntry("svc", node, "a", 100, "b", 100);
        DriverException refused = assertThrows(DriverException.class, () -> driver.install(entry));
        assertTrue(refused.getMessage().contains("does not configure"), refused.getMessage());
        assertEquals(List.of(), driver.configuration(node));
    }

    @Test
    void aBadConfigurationSaysWhatIsWrong() throws Exception {
        Path metro = StaticNetworkTckTest.METRO;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StaticNetworkDriver("a b", metro, "1"))
                .getMessage().contains("driverId 'a b'"));
        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StaticNetworkDriver("lab", missing, "1"))
                .getMessage().contains("does not exist"));
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"tapi-common:context\": {\"uuid\": "
                + "\"0b9b4a0e-6b9e-4a43-9b38-9d1f2f0e0001\"}}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StaticNetworkDriver("lab", empty, "1"))
                .getMessage().contains("no nodes"));
        Path notTapi = Files.writeString(dir.resolve("other.json"), "{\"nodes\": [], \"links\": []}");
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> new StaticNetworkDriver("lab", notTapi, "1"));
        assertTrue(other.getMessage().startsWith(StaticNetworkDriver.FACTORY_PID + " lab: network file "),
                other.getMessage());
    }
}
