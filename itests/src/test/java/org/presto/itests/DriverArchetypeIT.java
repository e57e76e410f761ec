package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Test;

/**
 * A driver generated from presto-driver-archetype (the build of that module generates acme-driver, builds it, runs
 * its test kit and installs it) goes into a running Presto as a feature, as a vendor's would: its switch appears,
 * an E-Line over it is configured on the switch, and removing the feature leaves Presto running without it.
 */
public class DriverArchetypeIT extends DistributionScriptSupport {
    private static final String REPOSITORY = "mvn:com.example.presto/acme-driver/1.0.0-SNAPSHOT/xml/features";

    @Test
    public void aGeneratedDriverInstallsAsAFeatureAndConfiguresItsSwitch() throws Exception {
        setCfg("etc/com.example.presto.acme.cfg", "switchName", "acme-1");
        startKaraf();
        awaitRestconf();
        client("feature:repo-add " + REPOSITORY, "feature:install acme-driver");
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = awaitSip("acme-1-uni-2");
        String drivers = client("presto:driver-list");
        assertTrue(drivers, drivers.matches("(?s).*acme-driver\\s+com.example.presto\\s+\\S+\\s+1\\s+ACTIVE.*"));

        String service = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("acme-1-uni-1"), 10,
                sips.get("acme-1-uni-2"), 20), 200).path("output").path("service").path("uuid").asText();
        Path configuration = karafHome.resolve("data/acme-driver/switch.conf");
        String held = Files.readString(configuration);
        // the E-Line's 100 Mbit/s reach the switch as the rate to police at each end (a burst of 20 ms at the rate)
        assertTrue(held, held.contains(service + "|uni-1|10|100000000/250000|uni-2|20|100000000/250000")
                || held.contains(service + "|uni-2|20|100000000/250000|uni-1|10|100000000/250000"));

        client("feature:uninstall acme-driver");
        String after = client("presto:driver-list");
        assertTrue(after, after.matches("(?s).*acme-driver\\s+.*ABSENT.*"));
        JsonNode context = restconf.getJson("data/context");
        assertEquals("DISABLED", context.path("connectivity-service").path(0).path("operational-state").asText());
        stopKaraf();
    }
}
