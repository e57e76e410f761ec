package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.LinkedHashMap;
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

    private String sip(Map<String, String> sips, int sw, int port) {
        return sips.get(network.switchName(sw) + "-uni-" + port);
    }
}
