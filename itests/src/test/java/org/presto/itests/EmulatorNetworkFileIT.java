package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * An operator points the emulator at a real topology file in its configuration: Presto then offers that network,
 * routes services over it, and goes back to the demo network when the configuration is removed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmulatorNetworkFileIT extends PrestoKarafTestSupport {
    private static final String PID = "org.presto.driver.emulator";
    private static final String TOPOLOGIES = "presto.topologies";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Override
    protected Option[] additionalOptions() {
        String topologies = new File(System.getProperty(TOPOLOGIES, "../../shared/topologies")).getAbsolutePath();
        return new Option[] {systemProperty(TOPOLOGIES).value(topologies)};
    }

    private JsonNode awaitTopology(Predicate<JsonNode> nodes) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode topology = restconf().getJson("data/context").path("topology").path(0);
            if (nodes.test(topology.path("node"))) {
                return topology;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the topology did not change as expected: " + topology);
            }
            Thread.sleep(200);
        }
    }

    private static List<String> nodeNames(JsonNode topology) {
        List<String> names = new ArrayList<>();
        topology.path("node").forEach(node -> names.add(node.path("name").path(0).path("value").asText()));
        return names;
    }

    @Test
    public void emulatesTheGraphmlFileNamedInItsConfiguration() throws Exception {
        waitForRestconf();
        File abilene = new File(System.getProperty(TOPOLOGIES), "topozoo/graphml/Abilene.graphml");
        assertTrue(abilene + " is missing", abilene.isFile());
        Configuration configuration = configurationAdmin.getConfiguration(PID, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("network", abilene.getAbsolutePath());
        configuration.update(properties);
        try {
            JsonNode topology = awaitTopology(nodes -> nodes.size() == 11);
            assertTrue(nodeNames(topology).toString(), nodeNames(topology).contains("New York"));
            assertEquals(14, topology.path("link").size());
            String drivers = executeCommand("presto:driver-list");
            assertTrue(drivers, drivers.contains("Abilene, 11 nodes") && drivers.contains("ACTIVE"));

            NrpRequests nrp = new NrpRequests(restconf());
            var sips = nrp.sipsByName();
            JsonNode service = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("New York-uni-1"),
                    100, sips.get("Los Angeles-uni-1"), 200), 200).path("output").path("service");
            assertEquals("INSTALLED", service.path("lifecycle-state").asText());
            String config = executeCommand("presto:device-config \"Los Angeles\"");
            assertTrue(config, config.contains(service.path("uuid").asText()) && config.contains("200"));
            nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(service.path("uuid").asText()), 200);
        } finally {
            configuration.delete();
        }
        JsonNode demo = awaitTopology(nodes -> nodes.size() == 6);
        assertEquals(List.of("pe1", "pe2", "pe3", "pe4", "pe5", "pe6"), nodeNames(demo));
    }
}
