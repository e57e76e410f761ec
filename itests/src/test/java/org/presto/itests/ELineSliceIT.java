package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;

/**
 * The vertical slice in the real distribution: an orchestrator creates an E-Line over HTTP, the emulated devices on
 * the route get their VLAN entries, the service is readable in every form, and delete removes it everywhere.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ELineSliceIT extends PrestoKarafTestSupport {
    private NrpRequests nrp;
    private Map<String, String> sips;

    @Before
    public void ready() throws Exception {
        waitForRestconf();
        nrp = new NrpRequests(restconf());
        sips = nrp.sipsByName();
    }

    /** Every forwarding entry on every emulated device, read back through the driver SPI. */
    private List<ForwardingEntry> deviceEntries() throws Exception {
        ServiceReference<NetworkDriver> ref = bundleContext.getServiceReference(NetworkDriver.class);
        NetworkDriver driver = bundleContext.getService(ref);
        try {
            List<ForwardingEntry> all = new ArrayList<>();
            for (var node : driver.discover().nodes()) {
                all.addAll(DeviceChange.ofKind(driver.configuration(node.uuid()), ForwardingEntry.class));
            }
            return all;
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    /** presto:device-config NODE shows exactly this entry, with its policies (columns separated by any spaces). */
    private void assertDeviceEntry(String node, String entry) throws Exception {
        String out = executeCommand("presto:device-config " + node);
        List<String> rows = out.lines().skip(2).map(line -> line.trim().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty()).toList();
        assertEquals(out, List.of(entry), rows);
    }

    private static String updateVlan(String service, String endPoint, int vlan) {
        return "{\"input\": {\"service-id-or-name\": \"" + service + "\", \"end-point\": {\"local-id\": \""
                + endPoint + "\", \"nrp-interface:nrp-carrier-eth-connectivity-end-point-resource\": "
                + "{\"ce-vlan-id-list-and-untag\": {\"vlan-id\": [{\"vlan-id\": " + vlan + "}]}}}}}";
    }

    @Test
    public void createReadAndDeleteAnELine() throws Exception {
        JsonNode created = nrp.rpc("tapi-connectivity:create-connectivity-service",
                NrpRequests.eLine(sips.get("pe1-uni-1"), 100, sips.get("pe3-uni-1"), 300), 200);
        // a module-qualified RPC answers RFC 7951: qualified output and augmentations, 64-bit integers as strings
        JsonNode service = created.path("tapi-connectivity:output").path("service");
        String uuid = service.path("uuid").asText();
        assertEquals("INSTALLED", service.path("lifecycle-state").asText());
        assertEquals("ENABLED", service.path("operational-state").asText());
        assertEquals("POINT_TO_POINT_CONNECTIVITY", service.path("service-type").asText());
        assertEquals(1, service.path("connection").size());
        assertEquals("300", service.path("end-point").path(1)
                .path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")
                .path("ce-vlan-id-list-and-untag").path("vlan-id").path(0).path("vlan-id").textValue());

        List<ForwardingEntry> entries = deviceEntries();
        assertTrue("at least the two edge nodes are configured: " + entries, entries.size() >= 2);
        assertTrue(entries.stream().allMatch(e -> e.serviceId().equals(uuid)));
        assertTrue(entries.stream().anyMatch(e -> e.vlanA() == 100));
        assertTrue(entries.stream().anyMatch(e -> e.vlanB() == 300));
        // the demo route by cost is pe1 -> pe2 -> pe3; CE-VLANs meet a service VLAN on the trunks
        assertEquals(3, entries.size());
        // the E-Line's 100 Mbit/s, policed at each UNI (a burst of 20 ms at the rate), not on the trunks
        assertDeviceEntry("pe1", uuid + " pe1/uni-1 100 pe1/trunk-pe2 2 pe1/uni-1: in 100M/250000 B");
        assertDeviceEntry("pe2", uuid + " pe2/trunk-pe1 2 pe2/trunk-pe3 2 -");
        assertDeviceEntry("pe3", uuid + " pe3/trunk-pe2 2 pe3/uni-1 300 pe3/uni-1: in 100M/250000 B");

        JsonNode list = nrp.rpc("get-connectivity-service-list/", null, 200);
        assertEquals(uuid, list.path("output").path("service").path(0).path("uuid").asText());
        JsonNode details = nrp.rpc("tapi-connectivity:get-connectivity-service-details",
                NrpRequests.serviceIdInput(uuid), 200);
        assertEquals(uuid, details.path("tapi-connectivity:output").path("service").path("uuid").asText());

        JsonNode context = restconf().getJson("data/tapi-common:context").path("tapi-common:context");
        assertEquals(uuid, context.path("tapi-connectivity:connectivity-service").path(0).path("uuid").asText());
        assertEquals("one end-to-end connection and one per configured node", entries.size() + 1,
                context.path("tapi-connectivity:connection").size());
        JsonNode top = context.path("tapi-connectivity:connection").path(0);
        assertEquals(2 * entries.size(), top.path("route").path(0).path("connection-end-point").size());
        JsonNode cepRef = top.path("connection-end-point").path(0);
        String cepPath = "data/context/topology=" + cepRef.path("topology-id").asText() + "/node="
                + cepRef.path("node-id").asText() + "/owned-node-edge-point="
                + cepRef.path("owned-node-edge-point-id").asText() + "/connection-end-point="
                + cepRef.path("connection-end-point-id").asText() + "/";
        assertEquals("the connection's end point resolves in the topology",
                cepRef.path("connection-end-point-id").asText(), restconf().getJson(cepPath).path("uuid").asText());
        assertEquals(uuid, restconf().getJson("data/context/connectivity-service=" + uuid + "/").path("uuid")
                .asText());
        String connectionId = service.path("connection").path(0).asText();
        assertEquals(connectionId, nrp.rpc("get-connection-details", "{\"input\":{\"connection-id-or-name\":\""
                + connectionId + "\"}}", 200).path("output").path("connection").path("uuid").asText());

        String listed = executeCommand("presto:service-list");
        assertTrue(listed, listed.contains(uuid) && listed.contains("INSTALLED"));
        String shown = executeCommand("presto:service-show " + uuid);
        assertTrue(shown, shown.contains("pe1/uni-1") && shown.contains("(end to end)"));

        JsonNode updated = nrp.rpc("tapi-connectivity:update-connectivity-service", updateVlan(uuid, "ep-z", 301),
                200).path("tapi-connectivity:output").path("service");
        assertEquals(301, updated.path("end-point").path(1)
                .path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")
                .path("ce-vlan-id-list-and-untag").path("vlan-id").path(0).path("vlan-id").asInt());
        assertDeviceEntry("pe3", uuid + " pe3/trunk-pe2 2 pe3/uni-1 301 pe3/uni-1: in 100M/250000 B");

        JsonNode deleted = nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
        assertEquals(uuid, deleted.path("output").path("service").path("uuid").asText());
        assertEquals(List.of(), deviceEntries());
        assertEquals(0, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service").size());
        NrpRequests.restconfError(nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid),
                404));
    }

    @Test
    public void anELanBridgesThreeSitesAndDeleteClearsThem() throws Exception {
        Map<String, Integer> sites = new java.util.LinkedHashMap<>();
        sites.put(sips.get("pe1-uni-2"), 610);
        sites.put(sips.get("pe3-uni-2"), 630);
        sites.put(sips.get("pe5-uni-2"), 650);
        JsonNode lan = nrp.rpc("create-connectivity-service", NrpRequests.eLan(sites), 200).path("output")
                .path("service");
        assertEquals("MULTIPOINT_CONNECTIVITY", lan.path("service-type").asText());
        assertEquals(3, lan.path("end-point").size());
        String uuid = lan.path("uuid").asText();
        String pe1 = executeCommand("presto:device-config pe1");
        assertTrue(pe1, pe1.contains("1 bridges") && pe1.contains(uuid) && pe1.contains("uni-2:610"));
        assertTrue(executeCommand("presto:device-config pe5").contains("uni-2:650"));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
        assertTrue(!executeCommand("presto:device-config pe1").contains("bridges"));
        assertEquals(List.of(), deviceEntries());
    }

    /**
     * An E-Tree over RESTCONF: created with roles, a leaf joins by update-connectivity-service and leaves by a
     * RESTCONF DELETE of its end point, the service is locked off the devices and unlocked back, and a DELETE of the
     * service removes it.
     */
    @Test
    public void anETreeChangesMembersLocksAndIsDeletedOverRestconf() throws Exception {
        Map<String, Integer> sites = new java.util.LinkedHashMap<>();
        sites.put(sips.get("pe1-uni-2"), 710);
        sites.put(sips.get("pe3-uni-2"), 730);
        sites.put(sips.get("pe5-uni-2"), 750);
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode)
                NrpRequests.JSON.readTree(NrpRequests.eLan(sites));
        body.withObject("/input/conn-constraint").put("service-type", "ROOTED_MULTIPOINT_CONNECTIVITY");
        JsonNode endPoints = body.path("input").path("end-point");
        ((com.fasterxml.jackson.databind.node.ObjectNode) endPoints.get(0)).put("role", "ROOT");
        ((com.fasterxml.jackson.databind.node.ObjectNode) endPoints.get(1)).put("role", "LEAF");
        ((com.fasterxml.jackson.databind.node.ObjectNode) endPoints.get(2)).put("role", "LEAF");
        JsonNode tree = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service");
        assertEquals("ROOTED_MULTIPOINT_CONNECTIVITY", tree.path("service-type").asText());
        assertEquals("LEAF", tree.path("end-point").path(1).path("role").asText());
        String uuid = tree.path("uuid").asText();
        String pe3 = executeCommand("presto:device-config pe3");
        assertTrue(pe3, pe3.contains("uni-2:730 leaf") && pe3.contains(" trunk"));

        String join = "{\"input\": {\"service-id-or-name\": \"" + uuid + "\", \"end-point\": {\"local-id\": "
                + "\"ep-new\", \"role\": \"LEAF\", \"service-interface-point\": {\"service-interface-point-id\": \""
                + sips.get("pe4-uni-2") + "\"}, \"nrp-carrier-eth-connectivity-end-point-resource\": "
                + "{\"ce-vlan-id-list-and-untag\": {\"vlan-id\": [{\"vlan-id\": 740}]}}}}}";
        JsonNode grown = nrp.rpc("update-connectivity-service", join, 200).path("output").path("service");
        assertEquals(4, grown.path("end-point").size());
        assertTrue(executeCommand("presto:device-config pe4").contains("uni-2:740 leaf"));

        String endPointPath = "data/tapi-common:context/tapi-connectivity:connectivity-service=" + uuid
                + "/end-point=ep-new";
        assertEquals(204, restconf().send("DELETE", endPointPath, null).statusCode());
        assertTrue(!executeCommand("presto:device-config pe4").contains("bridges"));
        assertEquals(3, nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                .path("output").path("service").path("end-point").size());
        var gone = restconf().send("DELETE", endPointPath, null);
        assertEquals(404, gone.statusCode());
        NrpRequests.restconfError(NrpRequests.JSON.readTree(gone.body()));
        var lastRoot = restconf().send("DELETE", "data/context/connectivity-service=" + uuid + "/end-point=ep-0",
                null);
        assertEquals(lastRoot.body(), 400, lastRoot.statusCode());
        assertEquals("/context/connectivity-service=" + uuid + "/end-point=ep-0", NrpRequests.restconfError(
                NrpRequests.JSON.readTree(lastRoot.body())).path("error-path").asText());
        assertEquals(405, restconf().send("DELETE", "operational/context/connectivity-service=" + uuid, null)
                .statusCode());

        String lock = "{\"input\": {\"service-id-or-name\": \"" + uuid + "\", \"state\": \"LOCKED\"}}";
        JsonNode locked = nrp.rpc("update-connectivity-service", lock, 200).path("output").path("service");
        assertEquals("LOCKED", locked.path("administrative-state").asText());
        assertEquals("DISABLED", locked.path("operational-state").asText());
        assertTrue(!executeCommand("presto:device-config pe3").contains("bridges"));
        NrpRequests.restconfError(nrp.rpc("update-connectivity-service", lock.replace("LOCKED", "SHUT"), 400));
        JsonNode unlocked = nrp.rpc("update-connectivity-service", lock.replace("LOCKED", "UNLOCKED"), 200)
                .path("output").path("service");
        assertEquals("ENABLED", unlocked.path("operational-state").asText());
        assertTrue(executeCommand("presto:device-config pe3").contains("uni-2:730 leaf"));
        String shellLocked = executeCommand("presto:service-state " + uuid + " locked");
        assertTrue(shellLocked, shellLocked.contains("is LOCKED, DISABLED"));
        assertTrue(!executeCommand("presto:device-config pe3").contains("bridges"));
        assertTrue(executeCommand("presto:service-state " + uuid + " UNLOCKED").contains("UNLOCKED, ENABLED"));
        assertTrue(executeCommand("presto:device-config pe3").contains("uni-2:730 leaf"));

        assertEquals(204, restconf().send("DELETE", "data/context/connectivity-service=" + uuid, null)
                .statusCode());
        assertTrue(!executeCommand("presto:device-config pe1").contains("bridges"));
        NrpRequests.restconfError(nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid),
                404));
    }

    @Test
    public void faultsInjectedFromTheShellFailACreateWhichLeavesNothing() throws Exception {
        String set = executeCommand("presto:emulator-fault fail@2");
        assertTrue(set, set.contains("injects: fail@2"));
        try {
            JsonNode failed = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe2-uni-2"), 91,
                    sips.get("pe4-uni-2"), 91), 500);
            assertTrue(failed.toString(), NrpRequests.restconfError(failed).path("error-message").asText()
                    .contains("injected fault"));
            assertEquals(List.of(), deviceEntries());
            assertEquals(0, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service")
                    .size());
        } finally {
            assertTrue(executeCommand("presto:emulator-fault none").contains("no faults"));
        }
        AssertionError bad = org.junit.Assert.assertThrows(AssertionError.class,
                () -> executeCommand("presto:emulator-fault sometimes"));
        assertTrue(bad.getMessage(), bad.getMessage().contains("is not fail@N"));
    }

    /** Every state change of a service reaches a subscriber on the container's EventAdmin, and presto:events. */
    @Test
    public void stateChangesArePublishedOnTheEventAdmin() throws Exception {
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> received =
                new java.util.concurrent.LinkedBlockingQueue<>();
        var registration = bundleContext.registerService(org.osgi.service.event.EventHandler.class, received::add,
                new java.util.Hashtable<>(java.util.Map.of(org.osgi.service.event.EventConstants.EVENT_TOPIC,
                        "org/presto/connectivity-service/*")));
        try {
            String uuid = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe2-uni-1"), 42,
                    sips.get("pe5-uni-1"), 42), 200).path("output").path("service").path("uuid").asText();
            nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
            List<String> seen = new ArrayList<>();
            while (seen.size() < 4) {
                org.osgi.service.event.Event event = received.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue("events so far: " + seen, event != null);
                if (uuid.equals(event.getProperty("uuid"))) {
                    seen.add(event.getTopic().substring("org/presto/connectivity-service/".length()) + " "
                            + event.getProperty("lifecycle-state"));
                }
            }
            assertEquals(List.of("CREATED PLANNED", "UPDATED INSTALLED", "UPDATED PENDING_REMOVAL", "DELETED null"),
                    seen);
            String shown = executeCommand("presto:events --topic connectivity-service --max 4");
            assertTrue(shown, shown.contains("connectivity-service/DELETED") && shown.contains(uuid));
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void constraintsShapeTheRouteOrSayWhyThereIsNone() throws Exception {
        String topology = nrp.rpc("get-topology-list", null, 200).path("output").path("topology").path(0)
                .path("uuid").asText();
        String pe2 = nrp.rpc("get-node-details", "{\"input\": {\"topology-id-or-name\": \"" + topology
                + "\", \"node-id-or-name\": \"pe2\"}}", 200).path("output").path("node").path("uuid").asText();
        ObjectNode body = (ObjectNode) NrpRequests.JSON.readTree(
                NrpRequests.eLine(sips.get("pe1-uni-2"), 50, sips.get("pe3-uni-2"), 50));
        ObjectNode input = (ObjectNode) body.path("input");
        input.putObject("topo-constraint").putArray("exclude-node").addObject().put("topology-id", topology)
                .put("node-id", pe2);
        String uuid = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service")
                .path("uuid").asText();
        assertTrue(executeCommand("presto:device-config pe4").contains(uuid));
        assertTrue(executeCommand("presto:device-config pe2").contains("0 forwarding entries"));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);

        input.remove("topo-constraint");
        ((ObjectNode) input.path("conn-constraint")).putArray("latency-characteristic").addObject()
                .put("traffic-property-name", "max").put("fixed-latency-characteristic", "10");
        assertEquals("latency-exceeded", NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                body.toString(), 409)).path("error-app-tag").asText());
        ((ObjectNode) input.path("conn-constraint")).remove("latency-characteristic");
        String pe6 = nrp.rpc("get-node-details", "{\"input\": {\"topology-id-or-name\": \"" + topology
                + "\", \"node-id-or-name\": \"pe6\"}}", 200).path("output").path("node").path("uuid").asText();
        input.putObject("topo-constraint").putArray("include-node").addObject().put("topology-id", topology)
                .put("node-id", pe6);
        String viaPe6 = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service")
                .path("uuid").asText();
        for (String node : List.of("pe6", "pe5", "pe4")) {
            assertTrue(node, executeCommand("presto:device-config " + node).contains(viaPe6));
        }
        assertTrue(executeCommand("presto:device-config pe2").contains("0 forwarding entries"));

        // a second service node-diverse from the first: neither pe6, pe5 nor pe4, so over pe2
        ObjectNode diverse = (ObjectNode) NrpRequests.JSON.readTree(
                NrpRequests.eLine(sips.get("pe1-uni-1"), 60, sips.get("pe3-uni-1"), 60));
        ObjectNode conn = (ObjectNode) diverse.path("input").path("conn-constraint");
        conn.put("diversity-policy", "NODE").putArray("diversity-exclusion").addObject()
                .put("connectivity-service-id", viaPe6);
        String diverseId = nrp.rpc("create-connectivity-service", diverse.toString(), 200).path("output")
                .path("service").path("uuid").asText();
        assertTrue(executeCommand("presto:device-config pe2").contains(diverseId));
        assertTrue(!executeCommand("presto:device-config pe4").contains(diverseId));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(diverseId), 200);
        conn.withArray("diversity-exclusion").removeAll().addObject().put("connectivity-service-id", "no-such");
        assertEquals("/input/conn-constraint/diversity-exclusion", NrpRequests.restconfError(nrp.rpc(
                "create-connectivity-service", diverse.toString(), 404)).path("error-path").asText());
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(viaPe6), 200);

        ((ObjectNode) input.path("topo-constraint")).putArray("include-link").addObject().put("link-id", "any");
        assertEquals("/input/topo-constraint", NrpRequests.restconfError(nrp.rpc(
                "create-connectivity-service", body.toString(), 400)).path("error-path").asText());
        input.putObject("topo-constraint").putArray("include-node").addObject().put("node-id", "no-such-node");
        assertEquals("/input/topo-constraint/include-node", NrpRequests.restconfError(nrp.rpc(
                "create-connectivity-service", body.toString(), 404)).path("error-path").asText());
        // a path kept by path computation (over pe2): the service follows it, or keeps off its links
        String kept = nrp.rpc("compute-p-2-p-path", "{\"input\": {\"sep\": [{\"service-interface-point\": \""
                + sips.get("pe1-uni-2") + "\"}, {\"service-interface-point\": \"" + sips.get("pe3-uni-2")
                + "\"}]}}", 200).path("output").path("service").path("path").path(0).path("path-id").asText();
        input.putObject("topo-constraint").putArray("include-path").addObject().put("path-id", kept);
        String along = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service")
                .path("uuid").asText();
        assertTrue(executeCommand("presto:device-config pe2").contains(along));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(along), 200);
        input.putObject("topo-constraint").putArray("exclude-path").addObject().put("path-id", kept);
        String off = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service")
                .path("uuid").asText();
        assertTrue(executeCommand("presto:device-config pe2").contains("0 forwarding entries"));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(off), 200);
        nrp.rpc("delete-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"" + kept + "\"}}", 200);
        input.putObject("topo-constraint").putArray("include-path").addObject().put("path-id", kept);
        assertEquals("/input/topo-constraint/include-path[0]/path-id", NrpRequests.restconfError(nrp.rpc(
                "create-connectivity-service", body.toString(), 404)).path("error-path").asText());

        // within the network's topology, named as the SDK names it; avoiding it leaves nothing to route over
        input.putObject("topo-constraint").putArray("include-topology").addObject()
                .put("topology-id", "mef:presto-nrp-topology");
        String within = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output").path("service")
                .path("uuid").asText();
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(within), 200);
        input.putObject("topo-constraint").putArray("avoid-topology").addObject().put("topology-id", topology);
        nrp.rpc("create-connectivity-service", body.toString(), 409);
        // a preferred transport layer: the service's own is what Presto carries it over, and is kept; another one
        // cannot be honoured (no multi-layer routing)
        input.putObject("topo-constraint").putArray("preferred-transport-layer").add("ODU");
        assertEquals("/input/topo-constraint/preferred-transport-layer", NrpRequests.restconfError(nrp.rpc(
                "create-connectivity-service", body.toString(), 409)).path("error-path").asText());
        assertEquals(List.of(), deviceEntries());
        input.putObject("topo-constraint").putArray("preferred-transport-layer").add("ETH");
        JsonNode preferring = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output")
                .path("service");
        assertEquals("[\"ETH\"]", preferring.path("preferred-transport-layer").toString());
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(preferring.path("uuid").asText()), 200);
        assertEquals(List.of(), deviceEntries());
    }

    @Test
    public void badInputIsRefusedInRestconfFormAndChangesNothing() throws Exception {
        String a = sips.get("pe2-uni-1");
        String z = sips.get("pe5-uni-1");
        JsonNode first = nrp.rpc("create-connectivity-service", NrpRequests.eLine(a, 10, z, 10), 200);
        List<ForwardingEntry> before = deviceEntries();

        assertEquals("malformed-message", NrpRequests.restconfError(
                nrp.rpc("create-connectivity-service", "{\"input\": {", 400)).path("error-tag").asText());
        assertEquals("/input/end-point[0]/role", NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(a, 11, z, 11).replace("SYMMETRIC", "KING"), 400)).path("error-path").asText());
        NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                NrpRequests.eLine("no-such-sip", 11, z, 11), 404));
        NrpRequests.restconfError(nrp.rpc("create-connectivity-service", NrpRequests.eLine(a, 0, z, 11), 400));
        NrpRequests.restconfError(nrp.rpc("create-connectivity-service", NrpRequests.eLine(a, 11, a, 12), 400));
        NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(a, 11, z, 11).replace("\"local-id\"", "\"unknown-member\""), 400));
        JsonNode conflict = NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(a, 10, sips.get("pe6-uni-1"), 20), 409));
        assertEquals("resource-denied", conflict.path("error-tag").asText());
        NrpRequests.restconfError(nrp.rpc("no-such-operation", null, 404));
        String firstId = first.path("output").path("service").path("uuid").asText();
        assertEquals("/input/topo-constraint", NrpRequests.restconfError(nrp.rpc("update-connectivity-service",
                "{\"input\": {\"service-id-or-name\": \"" + firstId + "\", \"topo-constraint\": {}}}", 400))
                .path("error-path").asText());
        assertEquals("/input/conn-constraint/requested-capacity", NrpRequests.restconfError(nrp.rpc(
                "update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + firstId + "\", "
                        + "\"conn-constraint\": {\"requested-capacity\": {\"total-size\": {\"value\": 20000, "
                        + "\"unit\": \"MBPS\"}}}}}", 409)).path("error-path").asText());
        NrpRequests.restconfError(nrp.rpc("get-connectivity-service-list", "{\"input\":{\"x\":1}}", 400));

        assertEquals(before, deviceEntries());
        assertEquals(1, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service").size());
        nrp.rpc("delete-connectivity-service",
                NrpRequests.serviceIdInput(first.path("output").path("service").path("uuid").asText()), 200);
        assertEquals(List.of(), deviceEntries());
    }
}
