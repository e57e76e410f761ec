package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.presto.driver.netconf.NetconfTestDevice;
import org.presto.driver.netconf.TestSwitches;

/**
 * The NETCONF driver in the distribution, against three real netconfd switches in a line (sw1 - sw2 - sw3), each
 * declared by a factory configuration in etc/. The middle switch holds one cross-connect only, so a second E-Line
 * across it is refused by the device in the middle of its transaction. Services are created over REST and checked on
 * the devices themselves with get-config.
 */
public class NetconfDriverIT extends DistributionScriptSupport {
    private static final String FEATURE = "presto-driver-netconf";
    private TestSwitches switches;
    private Path dir;

    @Before
    public void startSwitches() throws Exception {
        // not under target/: netconfd's Unix socket path must stay short
        dir = Files.createTempDirectory("presto-switches-");
        switches = TestSwitches.line(dir, 3, null, NetconfTestDevice.SMALL);
        for (NetconfTestDevice device : switches.devices()) {
            Files.writeString(karafHome.resolve("etc/org.presto.driver.netconf.device-" + device.name() + ".cfg"),
                    String.join("\n",
                            "name = " + device.name(),
                            "host = 127.0.0.1",
                            "port = " + device.port(),
                            "username = " + device.endpoint().username(),
                            "privateKey = " + device.privateKey(),
                            "hostKeyFingerprint = " + device.hostKeyFingerprint(),
                            ""));
        }
    }

    @After
    public void stopSwitches() {
        if (switches != null) {
            switches.close();
        }
        deleteRecursively(dir);
    }

    private static void deleteRecursively(Path root) {
        if (root == null) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            // leftovers in the temporary directory only
        }
    }

    @Test
    public void servicesOverRestConfigureTheSwitchesAndARefusalRollsBack() throws Exception {
        startKaraf();
        awaitRestconf();
        client("feature:install " + FEATURE);
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = awaitSip("sw3-uni-3");
        String drivers = client("presto:driver-list");
        assertTrue(drivers, drivers.contains("netconf") && drivers.contains("ACTIVE"));
        for (String device : new String[] {"sw1", "sw2", "sw3"}) {
            assertTrue(drivers, drivers.matches("(?s).*netconf\\s+" + device + "\\s+\\S+\\s+CONNECTED.*"));
        }

        String eLine = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("sw1-uni-1"), 100,
                sips.get("sw3-uni-1"), 100), 200).path("output").path("service").path("uuid").asText();
        for (int sw = 1; sw <= 3; sw++) {
            String config = switches.device(sw).getConfig();
            assertEquals("sw" + sw + ": " + config, 1, count(config, "<cross-connect>"));
            assertTrue("sw" + sw + ": " + config, config.contains("<service>" + eLine + "</service>"));
        }

        Map<String, Integer> lan = new LinkedHashMap<>();
        lan.put(sips.get("sw1-uni-2"), 200);
        lan.put(sips.get("sw2-uni-2"), 200);
        lan.put(sips.get("sw3-uni-2"), 201);
        String eLan = nrp.rpc("create-connectivity-service", NrpRequests.eLan(lan), 200)
                .path("output").path("service").path("uuid").asText();
        for (int sw = 1; sw <= 3; sw++) {
            String config = switches.device(sw).getConfig();
            assertEquals("sw" + sw + ": " + config, 1, count(config, "<bridge>"));
            assertTrue("sw" + sw + ": " + config, config.contains("<service>" + eLan + "</service>"));
        }

        // sw2 holds one cross-connect: the device refuses the second E-Line, and sw1 and sw3 are rolled back
        JsonNode refused = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("sw1-uni-3"), 300,
                sips.get("sw3-uni-3"), 300), 500);
        assertTrue(refused.toString(), refused.toString().contains("the cross-connect table is full"));
        for (int sw = 1; sw <= 3; sw++) {
            String config = switches.device(sw).getConfig();
            assertEquals("sw" + sw + " after the rollback: " + config, 1, count(config, "<cross-connect>"));
            assertFalse("sw" + sw + ": " + config, config.contains("<vlan>300</vlan>"));
        }
        assertEquals(2, restconf.getJson("data/context").path("connectivity-service").size());

        // the driver goes away: its services are reported down, and come back with it
        client("feature:uninstall " + FEATURE);
        assertEquals("DISABLED", serviceState(eLine));
        client("feature:install " + FEATURE);
        awaitServiceState(eLine, "ENABLED");

        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(eLine), 200);
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(eLan), 200);
        for (int sw = 1; sw <= 3; sw++) {
            String config = switches.device(sw).getConfig();
            assertFalse("sw" + sw + ": " + config, config.contains("<cross-connect>") || config.contains("<bridge>"));
        }
        stopKaraf();
    }

    private String serviceState(String uuid) throws Exception {
        for (JsonNode service : restconf.getJson("data/context").path("connectivity-service")) {
            if (service.path("uuid").asText().equals(uuid)) {
                return service.path("operational-state").asText();
            }
        }
        throw new AssertionError("no service " + uuid);
    }

    private void awaitServiceState(String uuid, String state) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!state.equals(serviceState(uuid)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(state, serviceState(uuid));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
