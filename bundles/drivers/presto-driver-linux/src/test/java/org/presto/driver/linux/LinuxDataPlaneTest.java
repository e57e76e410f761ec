package org.presto.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.presto.driver.linux.LinuxTestNetwork.Site;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.BridgeEntry;
import org.presto.spi.BridgeEntry.Member;
import org.presto.spi.BridgeEntry.Role;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.ForwardingEntry;

/**
 * Real packets through switches the driver configures: sw1 - sw2 - sw3, customer sites on uni-1 and uni-2 of each.
 * Entries are those Presto would install for the services (a cross-connect or bridge per switch, trunk VLANs between
 * switches); each test uses VLANs of its own.
 */
class LinuxDataPlaneTest {
    private static LinuxTestNetwork network;
    private static LinuxNetwork driver;
    private static DiscoveredNetwork topology;

    @BeforeAll
    static void build() throws Exception {
        network = LinuxTestNetwork.line(3, 3);
        driver = LinuxDriverTckTest.driver(network);
        topology = driver.discover();
    }

    @AfterAll
    static void tearDown() {
        if (network != null) {
            network.close();
        }
    }

    private static String node(int sw) {
        return topology.nodes().stream().filter(n -> n.name().get(0).value().equals(network.switchName(sw)))
                .map(Node::uuid).findFirst().orElseThrow();
    }

    private static String port(int sw, String name) {
        return topology.nodes().stream().filter(n -> n.name().get(0).value().equals(network.switchName(sw)))
                .flatMap(n -> n.ownedNodeEdgePoint().stream())
                .filter(nep -> nep.name().get(0).value().endsWith("/" + name)).map(NodeEdgePoint::uuid)
                .findFirst().orElseThrow();
    }

    /** The entries of an E-Line from sw1's uni to sw3's uni over trunk VLAN {@code trunkVlan}. */
    private static List<ForwardingEntry> eLine(String service, String uni, int vlanAtSw1, int vlanAtSw3,
            int trunkVlan) {
        return eLine(service, uni, vlanAtSw1, vlanAtSw3, trunkVlan, 0);
    }

    private static List<ForwardingEntry> eLine(String service, String uni, int vlanAtSw1, int vlanAtSw3,
            int trunkVlan, long cirKbps) {
        return List.of(
                new ForwardingEntry(service, node(1), port(1, uni), vlanAtSw1, port(1, "to-sw2"), trunkVlan,
                        cirKbps),
                new ForwardingEntry(service, node(2), port(2, "to-sw1"), trunkVlan, port(2, "to-sw3"), trunkVlan,
                        cirKbps),
                new ForwardingEntry(service, node(3), port(3, "to-sw2"), trunkVlan, port(3, uni), vlanAtSw3,
                        cirKbps));
    }

    private static void install(List<ForwardingEntry> entries) throws Exception {
        for (ForwardingEntry entry : entries) {
            driver.install(entry);
        }
    }

    private static void remove(List<ForwardingEntry> entries) throws Exception {
        for (ForwardingEntry entry : entries) {
            driver.remove(entry);
        }
    }

    @Test
    void aSwitchTakenOverLetsNothingThroughButServices() throws Exception {
        Site a = network.site(1, 2).vlan(600, "198.18.60.1/24");
        network.site(2, 2).vlan(600, "198.18.60.2/24");
        try (LinuxTestNetwork fresh = LinuxTestNetwork.line(1, 2)) {
            Site x = fresh.site(1, 1).vlan(600, "198.18.61.1/24");
            fresh.site(1, 2).vlan(600, "198.18.61.2/24");
            assertTrue(x.reaches("198.18.61.2"), "a plain bridge forwards everything (the test's premise)");
            LinuxDriverTckTest.driver(fresh).discover();
            assertFalse(x.reaches("198.18.61.2"), "the switch still forwards after the driver took it over");
        }
        assertFalse(a.reaches("198.18.60.2"), "frames of no service crossed the switches");
    }

    @Test
    void aServiceIdThatCouldBreakTheTablesIsRefused() throws Exception {
        String before = LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(1), "nft", "list", "ruleset");
        ForwardingEntry hostile = new ForwardingEntry("x\" } ; flush ruleset ; add table bridge y { \"", node(1),
                port(1, "uni-1"), 900, port(1, "to-sw2"), 900);
        org.presto.spi.DriverException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.presto.spi.DriverException.class, () -> driver.install(hostile));
        assertTrue(refused.getMessage().contains("holds characters other than"), refused.getMessage());
        assertEquals(before, LinuxTestNetwork.run("ip", "netns", "exec", network.switchName(1), "nft", "list",
                "ruleset"));
    }

    @Test
    void pingCrossesAnELineOnlyWhileItIsProvisioned() throws Exception {
        Site a = network.site(1, 1).vlan(100, "198.18.10.1/24");
        network.site(3, 1).vlan(100, "198.18.10.2/24");
        List<ForwardingEntry> eLine = eLine("e-line", "uni-1", 100, 100, 3001);
        assertFalse(a.reaches("198.18.10.2"), "traffic crossed before the E-Line was provisioned");
        install(eLine);
        assertTrue(a.reaches("198.18.10.2"), "no traffic over the provisioned E-Line");
        remove(eLine);
        assertFalse(a.reaches("198.18.10.2"), "traffic crossed after the E-Line was deleted");
    }

    @Test
    void twoEvcsOnOnePortWithDifferentCeVlansStayApart() throws Exception {
        Site a = network.site(1, 2).vlan(200, "198.18.20.1/24").vlan(210, "198.18.21.1/24");
        Site z = network.site(3, 2).vlan(200, "198.18.20.2/24").vlan(211, "198.18.21.2/24");
        List<ForwardingEntry> first = eLine("evc-200", "uni-2", 200, 200, 3002);
        // the second translates its CE-VLAN: 210 at sw1, 211 at sw3
        List<ForwardingEntry> second = eLine("evc-210", "uni-2", 210, 211, 3003);
        install(first);
        install(second);
        try {
            assertTrue(a.reaches("198.18.20.2"));
            assertTrue(a.reaches("198.18.21.2"));
            long before = z.framesReceived(211);
            a.forgetNeighbours();
            assertTrue(a.reaches("198.18.20.2"), "the first EVC, its ARP broadcast included");
            assertEquals(before, z.framesReceived(211), "frames of the first EVC reached the second's interface");
        } finally {
            remove(first);
            remove(second);
        }
        assertFalse(a.reaches("198.18.21.2"));
    }

    @Test
    void anELinesIngressIsPolicedAtItsCommittedRate() throws Exception {
        Site a = network.site(1, 1).vlan(700, "198.18.70.1/24");
        Site z = network.site(3, 1).vlan(700, "198.18.70.2/24");
        List<ForwardingEntry> unpoliced = eLine("policed", "uni-1", 700, 700, 3040, 0);
        install(unpoliced);
        z.serveIperfOnce("198.18.70.2");
        double free = a.udpThroughputMbps("198.18.70.2", 40, 3);
        remove(unpoliced);
        List<ForwardingEntry> policed = eLine("policed", "uni-1", 700, 700, 3040, 10_000);
        install(policed);
        try {
            assertEquals(policed.get(0), driver.forwardingEntries(node(1)).stream()
                    .filter(e -> e.serviceId().equals("policed")).findFirst().orElseThrow(), "read back with its CIR");
            z.serveIperfOnce("198.18.70.2");
            double held = a.udpThroughputMbps("198.18.70.2", 40, 4);
            System.out.printf("UDP offered at 40 Mbit/s over an E-Line: %.1f Mbit/s arrive unpoliced, %.1f Mbit/s "
                    + "with a CIR of 10 Mbit/s%n", free, held);
            assertTrue(free > 20, "without a policer the data plane carries more than the CIR: " + free);
            assertTrue(held > 8 && held < 11, "held near the CIR of 10 Mbit/s: " + held);
        } finally {
            remove(policed);
        }
    }

    @Test
    void anELanReachesAllItsSites() throws Exception {
        Site one = network.site(1, 3).vlan(300, "198.18.30.1/24");
        Site two = network.site(2, 3).vlan(301, "198.18.30.2/24");
        Site three = network.site(3, 3).vlan(302, "198.18.30.3/24");
        List<BridgeEntry> bridges = List.of(
                new BridgeEntry("e-lan", node(1), List.of(new Member(port(1, "uni-3"), 300),
                        new Member(port(1, "to-sw2"), 3010))),
                new BridgeEntry("e-lan", node(2), List.of(new Member(port(2, "to-sw1"), 3010),
                        new Member(port(2, "uni-3"), 301), new Member(port(2, "to-sw3"), 3010))),
                new BridgeEntry("e-lan", node(3), List.of(new Member(port(3, "to-sw2"), 3010),
                        new Member(port(3, "uni-3"), 302))));
        for (BridgeEntry bridge : bridges) {
            driver.install(bridge);
        }
        try {
            assertTrue(one.reaches("198.18.30.2"));
            assertTrue(one.reaches("198.18.30.3"));
            assertTrue(two.reaches("198.18.30.3"));
        } finally {
            for (BridgeEntry bridge : bridges) {
                driver.remove(bridge);
            }
        }
        assertFalse(one.reaches("198.18.30.3"));
    }

    @Test
    void anETreesLeavesReachTheRootButNotEachOther() throws Exception {
        Site root = network.site(1, 1).vlan(400, "198.18.40.1/24");
        Site leafOnSw2 = network.site(2, 1).vlan(400, "198.18.40.2/24");
        Site leafOnSw3 = network.site(3, 1).vlan(400, "198.18.40.3/24");
        List<BridgeEntry> bridges = new ArrayList<>(List.of(
                new BridgeEntry("e-tree", node(1), List.of(new Member(port(1, "uni-1"), 400, Role.ROOT, 0),
                        new Member(port(1, "to-sw2"), 3020, Role.TRUNK, 3021))),
                new BridgeEntry("e-tree", node(2), List.of(new Member(port(2, "to-sw1"), 3020, Role.TRUNK, 3021),
                        new Member(port(2, "uni-1"), 400, Role.LEAF, 0),
                        new Member(port(2, "to-sw3"), 3020, Role.TRUNK, 3021))),
                new BridgeEntry("e-tree", node(3), List.of(new Member(port(3, "to-sw2"), 3020, Role.TRUNK, 3021),
                        new Member(port(3, "uni-1"), 400, Role.LEAF, 0)))));
        for (BridgeEntry bridge : bridges) {
            driver.install(bridge);
        }
        try {
            assertTrue(root.reaches("198.18.40.2"), "root to the leaf on sw2");
            assertTrue(root.reaches("198.18.40.3"), "root to the leaf on sw3, through sw2");
            assertFalse(leafOnSw2.reaches("198.18.40.3"), "a leaf reached another leaf");
            assertTrue(leafOnSw3.reaches("198.18.40.1"), "leaf to the root");
        } finally {
            for (BridgeEntry bridge : bridges) {
                driver.remove(bridge);
            }
        }
    }
}
