package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;
import org.presto.store.internal.ThrowawayPostgres;

/**
 * Karaf is killed with SIGKILL in the middle of creates, on each store back end. After a restart, every create that
 * was acknowledged is there and INSTALLED with its device configuration, the one in flight is either finished or
 * rolled back by the journal recovery, and no device holds configuration the store does not know.
 */
public class CrashSafetyIT extends DistributionScriptSupport {

    @Test
    public void everyAcknowledgedCreateSurvivesAKill9OnTheEmbeddedStore() throws Exception {
        streamCreatesKillAndCheck();
    }

    @Test
    public void everyAcknowledgedCreateSurvivesAKill9OnPostgresql() throws Exception {
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            String database = server.createDatabase("presto_crash");
            setCfg("etc/org.presto.store.cfg", "backend", "postgresql");
            setCfg("etc/org.presto.store.cfg", "url", server.url(database));
            setCfg("etc/org.presto.store.cfg", "user", server.user());
            streamCreatesKillAndCheck();
            stopKaraf();
        }
    }

    /**
     * The emulator is told to hang on the second device operation, so Karaf is killed while a create is half done:
     * journaled PLANNED, configured on two of its three nodes. After a restart the journal recovery reads the devices
     * back and
     * rolls the service back: no service, no configuration on any device.
     */
    @Test
    public void aServiceKilledMidActivationIsRolledBackOnRestart() throws Exception {
        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "hang@2:120000");
        startKaraf();
        awaitRestconf();
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        Thread create = new Thread(() -> {
            try {
                nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe1-uni-1"), 77,
                        sips.get("pe3-uni-1"), 77), 200);
            } catch (Exception | AssertionError e) {
                // the connection dies with the JVM
            }
        }, "create-in-flight");
        create.start();
        // the three nodes are configured in parallel: two answer, the one that got the second operation hangs
        long deadline = System.currentTimeMillis() + 60_000;
        while (configuredNodes() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(2, configuredNodes());
        JsonNode services = nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service");
        assertEquals(services.toString(), "PLANNED", services.path(0).path("lifecycle-state").asText());
        killKaraf();
        create.join(30_000);

        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "");
        startKaraf();
        awaitRestconf();
        awaitNoUnfinishedServices(nrp);
        assertEquals(0, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service").size());
        for (String node : List.of("pe1", "pe2", "pe3")) {
            assertTrue(node, client("presto:device-config " + node).contains("0 forwarding entries"));
        }
        assertTrue(Files.readString(karafLog()).contains("was PLANNED when Presto stopped; reconciled"));
    }

    /**
     * A CE-VLAN change journaled with the entries to restore, then Karaf killed after the old entry is removed and
     * while the new one is being installed (the emulator hangs on it): after a restart the service is back on its
     * old CE-VLAN, in the store and on the device.
     */
    @Test
    public void aServiceKilledMidUpdateIsPutBackAsItWas() throws Exception {
        startKaraf();
        awaitRestconf();
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        String uuid = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe1-uni-1"), 80,
                sips.get("pe3-uni-1"), 80), 200).path("output").path("service").path("uuid").asText();
        assertTrue(deviceConfig("pe1").contains("pe1/uni-1 80"));
        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "hang@2:120000");
        awaitDriverActive();
        Thread update = new Thread(() -> {
            try {
                nrp.rpc("update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + uuid
                        + "\", \"end-point\": {\"local-id\": \"ep-a\", \"nrp-carrier-eth-connectivity-end-point-"
                        + "resource\": {\"ce-vlan-id-list-and-untag\": {\"vlan-id\": [{\"vlan-id\": 81}]}}}}}", 200);
            } catch (Exception | AssertionError e) {
                // the connection dies with the JVM
            }
        }, "update-in-flight");
        update.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (deviceConfig("pe1").contains("pe1/uni-1 80") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue("the old entry is removed, the new one hangs", deviceConfig("pe1")
                .contains("0 forwarding entries"));
        killKaraf();
        update.join(30_000);

        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "");
        startKaraf();
        awaitRestconf();
        deadline = System.currentTimeMillis() + 60_000;
        while (!deviceConfig("pe1").contains("pe1/uni-1 80") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        String pe1 = deviceConfig("pe1");
        assertTrue(pe1, pe1.contains("pe1/uni-1 80") && !pe1.contains("pe1/uni-1 81"));
        JsonNode service = nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                .path("output").path("service");
        assertEquals("INSTALLED", service.path("lifecycle-state").asText());
        assertTrue(service.toString(), service.toString().contains("\"vlan-id\":80"));
        assertTrue(Files.readString(karafLog()).contains("its unfinished update was undone"));
    }

    /**
     * A service moved make-before-break to another route (its own cannot carry the new capacity), Karaf killed once
     * the new transit switch is configured and the first edge switch's old entry removed, while its new one is being
     * installed (the emulator hangs on it): after a restart the service is back on its old route with its old
     * capacity, and the new route's switch holds nothing of it.
     */
    @Test
    public void aServiceKilledMidMoveIsPutBackOnItsOldRoute() throws Exception {
        setCfg("etc/org.presto.driver.emulator.cfg", "linkCapacityMbps", "15000");
        startKaraf();
        awaitRestconf();
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        String uuid = nrp.rpc("create-connectivity-service", eLine(sips.get("pe1-uni-1"), sips.get("pe3-uni-1"),
                5000), 200).path("output").path("service").path("uuid").asText();
        assertTrue("the least route pe1-pe2-pe3", deviceConfig("pe2").contains(uuid));
        nrp.rpc("create-connectivity-service", eLine(sips.get("pe1-uni-2"), sips.get("pe2-uni-2"), 10000), 200);
        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "hang@3:120000");
        awaitDriverActive();
        Thread move = new Thread(() -> {
            try {
                nrp.rpc("update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + uuid + "\", "
                        + "\"conn-constraint\": {\"requested-capacity\": {\"total-size\": {\"value\": 6000, "
                        + "\"unit\": \"MBPS\"}}}}}", 200);
            } catch (Exception | AssertionError e) {
                // the connection dies with the JVM
            }
        }, "move-in-flight");
        move.start();
        // pe1-pe2 is full: the new route takes the chord, pe1-pe4-pe3; its transit pe4 is configured (operation 1),
        // pe1's old entry removed (2), and its new entry hangs (3)
        long deadline = System.currentTimeMillis() + 60_000;
        while (!(deviceConfig("pe4").contains(uuid) && !deviceConfig("pe1").contains(uuid))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue("the move did not get to pe1", deviceConfig("pe4").contains(uuid)
                && !deviceConfig("pe1").contains(uuid));
        killKaraf();
        move.join(30_000);

        setCfg("etc/org.presto.driver.emulator.cfg", "faults", "");
        startKaraf();
        awaitRestconf();
        deadline = System.currentTimeMillis() + 60_000;
        while (!(deviceConfig("pe1").contains(uuid) && !deviceConfig("pe4").contains(uuid))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        for (String node : List.of("pe1", "pe2", "pe3")) {
            assertTrue(node + " is on the old route again", deviceConfig(node).contains(uuid));
        }
        assertTrue("nothing of the move is left on pe4", !deviceConfig("pe4").contains(uuid));
        JsonNode service = nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                .path("output").path("service");
        assertEquals("INSTALLED", service.path("lifecycle-state").asText());
        assertEquals(5000, service.path("requested-capacity").path("total-size").path("value").asInt());
        assertTrue(Files.readString(karafLog()).contains("its unfinished update was undone"));
    }

    /** An E-Line of the given capacity in Mbit/s, CE-VLAN 90 at both ends. */
    private static String eLine(String sipA, String sipZ, int mbps) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode)
                NrpRequests.JSON.readTree(NrpRequests.eLine(sipA, 90, sipZ, 90));
        body.withObject("/input/conn-constraint/requested-capacity/total-size")
                .put("value", mbps);
        return body.toString();
    }

    /** What presto:device-config shows for a node, with runs of spaces made one. */
    private String deviceConfig(String node) throws Exception {
        return client("presto:device-config " + node).replaceAll("[ \\t]+", " ");
    }

    /** Waits until the emulator is re-created with its faults (it logs them) and bound as a driver again. */
    private void awaitDriverActive() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.readString(karafLog()).contains("injects faults") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        while (!client("presto:driver-list").contains("ACTIVE") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("the emulator did not come back with its faults", System.currentTimeMillis() < deadline);
    }

    /** How many of the route's nodes pe1, pe2, pe3 hold a forwarding entry. */
    private int configuredNodes() throws Exception {
        int configured = 0;
        for (String node : List.of("pe1", "pe2", "pe3")) {
            configured += client("presto:device-config " + node).contains("1 forwarding entries") ? 1 : 0;
        }
        return configured;
    }

    /** Waits until the journal recovery has reconciled every PLANNED or PENDING_REMOVAL service. */
    private static void awaitNoUnfinishedServices(NrpRequests nrp) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            boolean unfinished = false;
            for (JsonNode service : nrp.rpc("get-connectivity-service-list", null, 200).path("output")
                    .path("service")) {
                unfinished |= !service.path("lifecycle-state").asText().equals("INSTALLED");
            }
            if (!unfinished) {
                return;
            }
            assertTrue("services still unfinished after a minute", System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
    }

    private void streamCreatesKillAndCheck() throws Exception {
        startKaraf();
        awaitRestconf();
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int vlan = 10; vlan < 4000 && !killed.get(); vlan++) {
                try {
                    JsonNode created = nrp.rpc("create-connectivity-service",
                            NrpRequests.eLine(sips.get("pe1-uni-1"), vlan, sips.get("pe3-uni-1"), vlan), 200);
                    acknowledged.add(created.path("output").path("service").path("uuid").asText());
                } catch (Exception | AssertionError e) {
                    return; // the connection dies with the JVM
                }
            }
        }, "create-stream");
        writer.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue("the stream of creates did not get going: " + acknowledged.size(), acknowledged.size() >= 40);
        killKaraf();
        killed.set(true);
        writer.join(30_000);
        List<String> acked = List.copyOf(acknowledged);

        startKaraf();
        awaitRestconf();
        awaitNoUnfinishedServices(nrp);
        Map<String, String> lifecycle = new HashMap<>();
        for (JsonNode service : nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service")) {
            lifecycle.put(service.path("uuid").asText(), service.path("lifecycle-state").asText());
        }
        for (String uuid : acked) {
            assertEquals("acknowledged service " + uuid, "INSTALLED", lifecycle.get(uuid));
        }
        Set<String> unacknowledged = new HashSet<>(lifecycle.keySet());
        acked.forEach(unacknowledged::remove);
        assertTrue("more than the one create in flight is unacknowledged: " + unacknowledged,
                unacknowledged.size() <= 1);
        for (String uuid : unacknowledged) {
            assertEquals("finished before the kill, or rolled back after it", "INSTALLED", lifecycle.get(uuid));
        }

        for (String node : List.of("pe1", "pe2", "pe3")) {
            Set<String> onDevice = new HashSet<>();
            client("presto:device-config " + node).lines().skip(2).map(String::trim).filter(l -> !l.isEmpty())
                    .forEach(line -> onDevice.add(line.split("\\s+")[0]));
            assertTrue(node + " lacks configuration of acknowledged services", onDevice.containsAll(acked));
            assertTrue(node + " holds configuration the store does not know: " + onDevice,
                    lifecycle.keySet().containsAll(onDevice));
        }
    }
}
