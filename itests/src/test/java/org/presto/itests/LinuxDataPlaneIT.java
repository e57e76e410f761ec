package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.presto.driver.linux.LinuxTestNetwork;
import org.presto.driver.linux.LinuxTestNetwork.Site;

/**
 * The Linux driver in the distribution, on a data plane of network namespaces (three switches in a line, customer
 * sites on their ports): services created over REST carry pings between the sites, deleted ones do not, a
 * capacity set over REST is the rate the data plane holds (iperf3), and a switch refusing its part of a service
 * leaves the others as they were.
 */
public class LinuxDataPlaneIT extends DistributionScriptSupport {
    private static final String FEATURE = "presto-driver-linux";
    private LinuxTestNetwork network;

    @Before
    public void buildDataPlane() throws Exception {
        network = LinuxTestNetwork.line(3, 2);
        Files.writeString(karafHome.resolve("etc/org.presto.driver.linux.cfg"),
                "switches = " + String.join(",", network.switchNames()) + "\n");
    }

    @After
    public void removeDataPlane() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    public void servicesOverRestCarryTrafficAndARefusalRollsBack() throws Exception {
        startKaraf();
        awaitRestconf();
        client("feature:install " + FEATURE);
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = awaitSip(network.switchName(3) + "-uni-2");
        String drivers = client("presto:driver-list");
        assertTrue(drivers, drivers.matches("(?s).*linux\\s+" + network.switchName(1) + "\\s+.*CONNECTED.*"));

        Site a = network.site(1, 1).vlan(100, "198.18.50.1/24");
        network.site(3, 1).vlan(100, "198.18.50.2/24");
        assertFalse("traffic before the E-Line", a.reaches("198.18.50.2"));
        String eLine = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sip(sips, 1, 1), 100,
                sip(sips, 3, 1), 100), 200).path("output").path("service").path("uuid").asText();
        // the pings before it left site a resolving the far address (ARP probes a second apart, then FAILED):
        // forgotten, so the first ping after the create asks again at once rather than behind a stale probe
        a.forgetNeighbours();
        assertTrue("no traffic over the E-Line", a.reaches("198.18.50.2"));

        // the E-Line's capacity becomes its committed information rate, policed where the customer sends
        Site z = network.site(3, 1);
        nrp.rpc("update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + eLine + "\", "
                + "\"conn-constraint\": {\"requested-capacity\": {\"total-size\": {\"value\": 10, "
                + "\"unit\": \"MBPS\"}}}}}", 200);
        z.serveIperfOnce("198.18.50.2");
        double held = a.udpThroughputMbps("198.18.50.2", 40, 3);
        System.out.printf("E-Line updated to 10 Mbit/s over REST: UDP offered at 40 Mbit/s arrives at %.1f Mbit/s%n",
                held);
        assertTrue("the E-Line's new capacity is not what the data plane holds: " + held + " Mbit/s",
                held > 8 && held < 11);
        assertTrue("traffic stopped after the capacity change", a.reaches("198.18.50.2"));
        carrierEthernetAttributesReachTheDataPlane(nrp, sips);

        Site one = network.site(1, 2).vlan(200, "198.18.51.1/24");
        Site two = network.site(2, 2).vlan(201, "198.18.51.2/24");
        network.site(3, 2).vlan(202, "198.18.51.3/24");
        Map<String, Integer> lan = new LinkedHashMap<>();
        lan.put(sip(sips, 1, 2), 200);
        lan.put(sip(sips, 2, 2), 201);
        lan.put(sip(sips, 3, 2), 202);
        String eLan = nrp.rpc("create-connectivity-service", NrpRequests.eLan(lan), 200)
                .path("output").path("service").path("uuid").asText();
        assertTrue(one.reaches("198.18.51.2"));
        assertTrue(one.reaches("198.18.51.3"));
        assertTrue(two.reaches("198.18.51.3"));

        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(eLine), 200);
        assertFalse("traffic after the E-Line was deleted", a.reaches("198.18.50.2"));

        // sw3's uni-1 VLAN 300 is taken by a service Presto does not know: sw3 refuses, sw1 and sw2 are rolled back
        LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(3), "nft", "add", "element", "bridge",
                "presto", "entries", "{ 900 . \"uni-1\" . 300 . 2 comment \"br someone-else\" }");
        JsonNode refused = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sip(sips, 1, 1), 300,
                sip(sips, 3, 1), 300), 500);
        assertTrue(refused.toString(), refused.toString().contains("already used by service someone-else"));
        for (int sw = 1; sw <= 2; sw++) {
            String catalog = LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(sw), "nft", "list",
                    "set", "bridge", "presto", "entries");
            assertTrue(network.switchName(sw) + " kept configuration of the refused service: " + catalog,
                    catalog.contains(eLan) && !catalog.contains("uni-1"));
        }
        assertEquals(1, restconf.getJson("data/context").path("connectivity-service").size());

        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(eLan), 200);
        assertFalse(one.reaches("198.18.51.3"));
        stopKaraf();
    }

    /**
     * An E-Line whose request carries the EVC's maximum frame size and a two-rate ingress bandwidth profile at its
     * first end point, in the swagger's members: the data plane holds CIR + EIR and drops frames above the size;
     * classes of service by PCP each hold their own rate; a colour-aware profile, which this driver does not declare,
     * is refused before any switch is touched.
     */
    private void carrierEthernetAttributesReachTheDataPlane(NrpRequests nrp, Map<String, String> sips)
            throws Exception {
        Site a = network.site(1, 1).vlan(120, "198.18.52.1/24");
        Site z = network.site(3, 1).vlan(120, "198.18.52.2/24");
        ObjectNode body = (ObjectNode)
                new ObjectMapper().readTree(NrpRequests.eLine(sip(sips, 1, 1), 120, sip(sips, 3, 1),
                        120));
        ObjectNode input = (ObjectNode)
                body.path("input");
        ObjectNode first = (ObjectNode)
                input.path("end-point").get(0).path("nrp-carrier-eth-connectivity-end-point-resource");
        first.putObject("ingress-bwp-flow").put("cir", 10_000_000).put("cbs", 20_000).put("eir", 10_000_000)
                .put("ebs", 20_000).put("color-mode", "COLOR_BLIND").put("coupling-flag", false);
        String service = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output")
                .path("service").path("uuid").asText();
        z.serveIperfOnce("198.18.52.2");
        double held = a.udpThroughputMbps("198.18.52.2", 40, 4);
        System.out.printf("E-Line with CIR 10 and EIR 10 Mbit/s over REST: UDP offered at 40 Mbit/s arrives at "
                + "%.1f Mbit/s%n", held);
        assertTrue("CIR + EIR is not what the data plane holds: " + held + " Mbit/s", held > 16 && held < 22);
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(service), 200);

        classesOfServiceByPcp(nrp, sips);

        // a maximum frame size below what iperf3's TCP control connection sends, so on its own E-Line
        Site small = network.site(1, 1).vlan(121, "198.18.53.1/24");
        network.site(3, 1).vlan(121, "198.18.53.2/24");
        ObjectNode limited = (ObjectNode)
                new ObjectMapper().readTree(NrpRequests.eLine(sip(sips, 1, 1), 121,
                        sip(sips, 3, 1), 121));
        ((ObjectNode) limited.path("input"))
                .putObject("nrp-carrier-eth-connectivity-resource").put("max-frame-size", "1200");
        String limitedService = nrp.rpc("create-connectivity-service", limited.toString(), 200).path("output")
                .path("service").path("uuid").asText();
        // a ping of payload p travels in a frame of p + 50 bytes
        assertTrue("a frame of the EVC's maximum size, 1200 bytes, is not carried", small.reaches("198.18.53.2",
                1150));
        assertFalse("a frame above the EVC's maximum size is carried", small.reaches("198.18.53.2", 1151));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(limitedService), 200);

        first.withObject("/ingress-bwp-flow").put("color-mode", "COLOR_AWARE");
        String before = LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(1), "nft", "list", "set",
                "bridge", "presto", "entries");
        JsonNode refused = nrp.rpc("create-connectivity-service", body.toString(), 409);
        assertTrue(refused.toString(), refused.toString().contains("COLOUR_AWARE_POLICING")
                && refused.toString().contains("/input/end-point[0]/nrp-carrier-eth-connectivity-end-point-resource"
                + "/ingress-bwp-flow"));
        assertEquals(before, LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(1), "nft", "list", "set",
                "bridge", "presto", "entries"));

        // classes by DSCP: this driver does not declare them yet, so the request is refused before any switch is
        // touched, naming what the driver lacks
        first.remove(List.of("ingress-bwp-flow", "cos-identifier-list"));
        first.put("cos-mapping-type", "DSCP");
        StringBuilder rest = new StringBuilder();
        for (int dscp = 0; dscp < 64; dscp++) {
            rest.append(dscp == 0 ? "" : ", ").append(dscp);
        }
        first.set("cos-identifier-list", new ObjectMapper().readTree("[{\"cos-name\": \"all\", \"dscp-cos-id-pac\": "
                + "[{\"dscp-value-list\": [" + rest + "]}]}]"));
        JsonNode dscp = nrp.rpc("create-connectivity-service", body.toString(), 409);
        assertTrue(dscp.toString(), dscp.toString().contains("DSCP_CLASSES"));
        assertEquals(before, LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(1), "nft", "list", "set",
                "bridge", "presto", "entries"));
    }

    /**
     * An E-Line whose first end point has classes of service by PCP, numbers as strings as the swagger's clients send
     * them: PCP 5 held at its class's CIR, a PCP of the Discard class dropped at the UNI.
     */
    private void classesOfServiceByPcp(NrpRequests nrp, Map<String, String> sips) throws Exception {
        Site a = network.site(1, 1).vlan(122, "198.18.54.1/24");
        Site z = network.site(3, 1).vlan(122, "198.18.54.2/24");
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(NrpRequests.eLine(sip(sips, 1, 1), 122,
                sip(sips, 3, 1), 122));
        ObjectNode first = (ObjectNode) body.path("input").path("end-point").get(0)
                .path("nrp-carrier-eth-connectivity-end-point-resource");
        first.put("cos-mapping-type", "PCP");
        com.fasterxml.jackson.databind.node.ArrayNode classes = first.putArray("cos-identifier-list");
        ObjectNode high = classes.addObject().put("cos-name", "H");
        high.putObject("pcp-cos-id-pac").putArray("pcp-value-list").add("5");
        high.putObject("ingress-bwp-per-cos").put("cir", "10000000");
        ObjectNode low = classes.addObject().put("cos-name", "L");
        low.putObject("pcp-cos-id-pac").putArray("pcp-value-list").add("0").add("1").add("2").add("3").add("4");
        low.putObject("ingress-bwp-per-cos").put("cir", "3000000");
        classes.addObject().put("cos-name", "Discard").putObject("pcp-cos-id-pac").putArray("pcp-value-list")
                .add("6").add("7");
        // the far end point's egress map: class H leaves with PCP 3, class L with PCP 0 (that end point is written
        // with its module prefix, as RFC 7951 clients write it)
        ObjectNode map = ((ObjectNode) body.path("input").path("end-point").get(1)
                .path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")).putArray("egress-map-list")
                .addObject()
                .put("egress-map-type", "CN_C_TAG_PCP");
        map.putArray("cos-name-to-pcp-pac-list").add(new ObjectMapper().createObjectNode()
                .put("ingress-cos-name", "H").put("pcp-value", "3")).add(new ObjectMapper().createObjectNode()
                .put("ingress-cos-name", "L").put("pcp-value", "0"));
        String service = nrp.rpc("create-connectivity-service", body.toString(), 200).path("output")
                .path("service").path("uuid").asText();
        LinuxTestNetwork.Capture capture = z.capture(122, 4);
        a.sendFrames(122, 5, 0, "01:00:5e:00:00:fb", 1);
        a.sendFrames(122, 4, 0, "01:00:5e:00:00:fb", 1);
        a.sendFrames(122, 0, 1, "01:00:5e:00:00:fb", 1);
        assertEquals("the egress map: H (PCP 5) leaves as PCP 3, L (PCP 4, 0) as PCP 0, DEI kept",
                List.of("3/0", "0/0", "0/1"), capture.priorities());
        a.forgetNeighbours();
        assertTrue("PCP 0 (class L) is not carried", a.reachesWithTos("198.18.54.2", 0));
        assertFalse("PCP 7 (class Discard) is carried", a.reachesWithTos("198.18.54.2", 0xe0));
        z.serveIperfOnce("198.18.54.2");
        double held = a.udpThroughputMbps("198.18.54.2", 40, 4, 0xa0);
        System.out.printf("E-Line with classes by PCP over REST: UDP with PCP 5 offered at 40 Mbit/s arrives at "
                + "%.1f Mbit/s (class CIR 10 Mbit/s)%n", held);
        assertTrue("PCP 5 is not held at its class's CIR: " + held + " Mbit/s", held > 8 && held < 11);
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(service), 200);
    }

    private String sip(Map<String, String> sips, int sw, int port) {
        return sips.get(network.switchName(sw) + "-uni-" + port);
    }
}
