package org.presto.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.presto.driver.linux.LinuxTestNetwork.Site;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry.Member;
import org.presto.spi.BridgeEntry.Role;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.EgressMarking;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

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
        return eLine(service, uni, vlanAtSw1, vlanAtSw3, trunkVlan, UniPolicy.NONE, UniPolicy.NONE);
    }

    /** The entries of an E-Line, with a policy at each of its UNIs (sw1's, sw3's). */
    private static List<ForwardingEntry> eLine(String service, String uni, int vlanAtSw1, int vlanAtSw3,
            int trunkVlan, UniPolicy atSw1, UniPolicy atSw3) {
        return List.of(
                new ForwardingEntry(service, node(1), port(1, uni), vlanAtSw1, port(1, "to-sw2"), trunkVlan,
                        Map.of(port(1, uni), atSw1)),
                new ForwardingEntry(service, node(2), port(2, "to-sw1"), trunkVlan, port(2, "to-sw3"), trunkVlan),
                new ForwardingEntry(service, node(3), port(3, "to-sw2"), trunkVlan, port(3, uni), vlanAtSw3,
                        Map.of(port(3, uni), atSw3)));
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

    /**
     * MEF 45.1's L2CP address set CTA, that of VLAN-based services: frames to the 16 Bridge Reserved Addresses
     * (01-80-C2-00-00-00 to -0F) are not passed, whatever their tag; other multicast frames of the service are. A
     * Linux bridge left to itself forwards the spanning tree's address (01-80-C2-00-00-00) when it runs no spanning
     * tree, as here.
     */
    @Test
    void framesToTheBridgeReservedAddressesAreNotPassed() throws Exception {
        Site a = network.site(1, 2).vlan(760, "198.18.76.1/24");
        Site z = network.site(3, 2).vlan(760, "198.18.76.2/24");
        List<ForwardingEntry> eLine = eLine("l2cp", "uni-2", 760, 760, 3060);
        install(eLine);
        try {
            assertTrue(a.reaches("198.18.76.2"), "the E-Line carries traffic");
            long before = z.framesReceived(760);
            a.sendFrames(760, 0, 0, "01:00:5e:00:00:fb", 5);
            waitForFrames(z, 760, before + 5);
            assertEquals(before + 5, z.framesReceived(760), "other multicast frames of the service are passed");
            for (String reserved : List.of("01:80:c2:00:00:00", "01:80:c2:00:00:02", "01:80:c2:00:00:03",
                    "01:80:c2:00:00:0e", "01:80:c2:00:00:0f")) {
                a.sendFrames(760, 0, 0, reserved, 5);
            }
            a.sendFrames(760, 0, 0, "01:00:5e:00:00:fb", 1);
            waitForFrames(z, 760, before + 6);
            assertEquals(before + 6, z.framesReceived(760), "only the one frame sent after the reserved ones arrived");
        } finally {
            remove(eLine);
        }
    }

    /**
     * MEF 10.4's egress map as the core resolves it: at the far UNI, green frames of PCP 5 leave with PCP 3, yellow
     * ones (DEI 1) with their DEI cleared, yellow frames of PCP 1 are discarded; every other priority leaves as it
     * came. Read back as installed.
     */
    @Test
    void theEgressMarkingWritesThePriorityOfFramesLeavingAtTheUni() throws Exception {
        Site a = network.site(1, 3).vlan(770, "198.18.77.1/24");
        Site z = network.site(3, 3).vlan(770, "198.18.77.2/24");
        EgressMarking marking = new EgressMarking(List.of(
                new EgressMarking.Rewrite(new EgressMarking.Priority(5, 0), new EgressMarking.Priority(3, 0)),
                new EgressMarking.Rewrite(new EgressMarking.Priority(5, 1), new EgressMarking.Priority(5, 0)),
                new EgressMarking.Rewrite(new EgressMarking.Priority(1, 1), null)));
        List<ForwardingEntry> eLine = eLine("marking", "uni-3", 770, 770, 3070, UniPolicy.NONE,
                UniPolicy.NONE.withEgressMarking(marking));
        install(eLine);
        try {
            assertTrue(a.reaches("198.18.77.2"), "the E-Line carries traffic");
            assertEquals(eLine.get(2), driver.configuration(node(3)).stream()
                    .filter(e -> e.serviceId().equals("marking")).findFirst().orElseThrow(), "read back as installed");
            LinuxTestNetwork.Capture capture = z.capture(770, 5);
            int[][] sent = {{5, 0}, {5, 1}, {1, 1}, {1, 0}, {0, 0}, {7, 1}};
            for (int[] priority : sent) {
                a.sendFrames(770, priority[0], priority[1], "01:00:5e:00:00:fb", 1);
            }
            assertEquals(List.of("3/0", "5/0", "1/0", "0/0", "7/1"), capture.priorities(),
                    "5/0 as 3/0, 5/1 as 5/0, 1/1 discarded, the rest as they came");
        } finally {
            remove(eLine);
        }
    }

    /** Waits up to two seconds for a site's interface to have received {@code frames}. */
    private static void waitForFrames(Site site, int vid, long frames) throws Exception {
        for (int i = 0; i < 20 && site.framesReceived(vid) < frames; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void anELinesIngressIsPolicedAtItsCommittedRate() throws Exception {
        Site a = network.site(1, 1).vlan(700, "198.18.70.1/24");
        Site z = network.site(3, 1).vlan(700, "198.18.70.2/24");
        List<ForwardingEntry> unpoliced = eLine("policed", "uni-1", 700, 700, 3040);
        install(unpoliced);
        z.serveIperfOnce("198.18.70.2");
        double free = a.udpThroughputMbps("198.18.70.2", 40, 3);
        remove(unpoliced);
        List<ForwardingEntry> policed = eLine("policed", "uni-1", 700, 700, 3040,
                UniPolicy.committed(10_000_000), UniPolicy.NONE);
        install(policed);
        try {
            assertEquals(policed.get(0), driver.configuration(node(1)).stream()
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
    void aTwoRateProfileDeliversTheExcessRateMarkedDropEligible() throws Exception {
        Site a = network.site(1, 1).vlan(710, "198.18.71.1/24");
        Site z = network.site(3, 1).vlan(710, "198.18.71.2/24");
        BandwidthProfile twoRate = new BandwidthProfile(10_000_000, 20_000, 10_000_000, 20_000, false, false);
        List<ForwardingEntry> policed = eLine("two-rate", "uni-1", 710, 710, 3041, new UniPolicy(0, twoRate, null),
                UniPolicy.NONE);
        install(policed);
        // counts, where the trunk from sw2 enters sw3, the service's frames and those marked drop eligible (yellow)
        String sw3 = network.switchName(3);
        LinuxTestNetwork.run("ip", "netns", "exec", sw3, "nft", "add", "table", "bridge", "probe");
        LinuxTestNetwork.run("ip", "netns", "exec", sw3, "nft", "add", "chain", "bridge", "probe", "pre",
                "{ type filter hook prerouting priority -10; }");
        LinuxTestNetwork.run("ip", "netns", "exec", sw3, "nft", "add", "rule", "bridge", "probe", "pre", "iifname",
                "to-sw2", "vlan", "id", "3041", "vlan", "dei", "1", "counter");
        LinuxTestNetwork.run("ip", "netns", "exec", sw3, "nft", "add", "rule", "bridge", "probe", "pre", "iifname",
                "to-sw2", "vlan", "id", "3041", "counter");
        try {
            assertEquals(policed.get(0), driver.configuration(node(1)).stream()
                    .filter(e -> e.serviceId().equals("two-rate")).findFirst().orElseThrow(), "read back");
            z.serveIperfOnce("198.18.71.2");
            double arrived = a.udpThroughputMbps("198.18.71.2", 40, 4);
            long[] counted = probeCounters(sw3);
            double yellow = (double) counted[0] / counted[1];
            System.out.printf("UDP offered at 40 Mbit/s, CIR 10 and EIR 10 Mbit/s: %.1f Mbit/s arrive, %.0f %% of "
                    + "the frames marked drop eligible%n", arrived, yellow * 100);
            assertTrue(arrived > 16 && arrived < 22, "held near CIR + EIR, 20 Mbit/s: " + arrived);
            assertTrue(yellow > 0.3 && yellow < 0.7, "about half of what passed is yellow: " + yellow);
        } finally {
            LinuxTestNetwork.run("ip", "netns", "exec", sw3, "nft", "delete", "table", "bridge", "probe");
            remove(policed);
        }
    }

    /** The probe table's two counters: frames marked drop eligible, all frames. */
    private static long[] probeCounters(String namespace) throws Exception {
        java.util.regex.Matcher counters = java.util.regex.Pattern.compile("counter packets (\\d+)").matcher(
                LinuxTestNetwork.run("ip", "netns", "exec", namespace, "nft", "list", "table", "bridge", "probe"));
        long[] counted = new long[2];
        for (int i = 0; i < 2 && counters.find(); i++) {
            counted[i] = Long.parseLong(counters.group(1));
        }
        return counted;
    }

    @Test
    void classesByPcpAreEachPolicedToTheirOwnRateAndAPcpOfNoClassIsDiscarded() throws Exception {
        Site a = network.site(1, 1).vlan(740, "198.18.74.1/24");
        Site z = network.site(3, 1).vlan(740, "198.18.74.2/24");
        // PCP 5 (IPv4 precedence 5, TOS 0xa0) at 10 Mbit/s, PCP 0 to 4 at 3 Mbit/s, PCP 6 and 7 in no class
        UniPolicy classes = new UniPolicy(0, null, null, List.of(new PcpClass("H", Set.of(5),
                BandwidthProfile.committed(10_000_000)), new PcpClass("L", Set.of(0, 1, 2, 3, 4),
                BandwidthProfile.committed(3_000_000))), List.of());
        List<ForwardingEntry> policed = eLine("classes", "uni-1", 740, 740, 3044, classes, UniPolicy.NONE);
        install(policed);
        try {
            assertEquals(policed.get(0), driver.configuration(node(1)).stream()
                    .filter(e -> e.serviceId().equals("classes")).findFirst().orElseThrow(), "read back");
            a.forgetNeighbours();
            assertTrue(a.reachesWithTos("198.18.74.2", 0), "PCP 0 is carried");
            assertFalse(a.reachesWithTos("198.18.74.2", 0xe0), "PCP 7 is in no class: discarded at the UNI");
            z.serveIperfOnce("198.18.74.2");
            double high = a.udpThroughputMbps("198.18.74.2", 40, 4, 0xa0);
            z.serveIperfOnce("198.18.74.2");
            double low = a.udpThroughputMbps("198.18.74.2", 40, 4, 0);
            System.out.printf("UDP offered at 40 Mbit/s per class: %.1f Mbit/s arrive with PCP 5 (class CIR 10 "
                    + "Mbit/s), %.1f Mbit/s with PCP 0 (class CIR 3 Mbit/s)%n", high, low);
            assertTrue(high > 8 && high < 11, "PCP 5 held near its class's CIR of 10 Mbit/s: " + high);
            assertTrue(low > 2.2 && low < 3.5, "PCP 0 held near its class's CIR of 3 Mbit/s: " + low);
        } finally {
            remove(policed);
        }
    }

    @Test
    void aUniLimitedToOneSourceMacDiscardsASecondUntilTheFirstIsForgotten() throws Exception {
        Site a = network.site(1, 1).vlan(750, "198.18.75.1/24");
        Site z = network.site(3, 1).vlan(750, "198.18.75.2/24");
        List<ForwardingEntry> limited = eLine("mac-limit", "uni-1", 750, 750, 3045, UniPolicy.NONE
                .withSourceMacLimit(new SourceMacLimit(1, 5000)), UniPolicy.NONE);
        install(limited);
        try {
            assertEquals(limited.get(0), driver.configuration(node(1)).stream()
                    .filter(e -> e.serviceId().equals("mac-limit")).findFirst().orElseThrow(), "read back");
            a.forgetNeighbours();
            assertTrue(a.reaches("198.18.75.2"), "the first source MAC is listed and carried");
            a.changeMac(750, "02:00:c6:12:4b:02");
            a.forgetNeighbours();
            z.forgetNeighbours();
            assertFalse(a.reaches("198.18.75.2"), "a second source MAC while the list of one is full is discarded");
            // the first address is forgotten 5 s after its last frame
            Thread.sleep(5500);
            assertTrue(a.reaches("198.18.75.2"), "once the first is forgotten the second is listed and carried");
        } finally {
            remove(limited);
        }
    }

    @Test
    void anEgressProfileHoldsWhatLeavesAtTheFarUni() throws Exception {
        Site a = network.site(1, 1).vlan(720, "198.18.72.1/24");
        Site z = network.site(3, 1).vlan(720, "198.18.72.2/24");
        List<ForwardingEntry> policed = eLine("egress", "uni-1", 720, 720, 3042, UniPolicy.NONE,
                new UniPolicy(0, null, BandwidthProfile.committed(10_000_000)));
        install(policed);
        try {
            z.serveIperfOnce("198.18.72.2");
            double held = a.udpThroughputMbps("198.18.72.2", 40, 4);
            System.out.printf("UDP offered at 40 Mbit/s, egress CIR 10 Mbit/s at the far UNI: %.1f Mbit/s arrive%n",
                    held);
            assertTrue(held > 8 && held < 11, "held near the egress CIR of 10 Mbit/s: " + held);
        } finally {
            remove(policed);
        }
    }

    @Test
    void framesAboveTheMaximumFrameSizeAreDroppedAtTheUni() throws Exception {
        Site a = network.site(1, 1).vlan(730, "198.18.73.1/24");
        network.site(3, 1).vlan(730, "198.18.73.2/24");
        List<ForwardingEntry> limited = eLine("frame-size", "uni-1", 730, 730, 3043, new UniPolicy(1200, null, null),
                UniPolicy.NONE);
        install(limited);
        try {
            assertEquals(limited.get(0), driver.configuration(node(1)).stream()
                    .filter(e -> e.serviceId().equals("frame-size")).findFirst().orElseThrow(), "read back");
            // a ping of payload p travels in a frame of p + 50 bytes
            assertTrue(a.reaches("198.18.73.2", 1150), "a frame of exactly the maximum, 1200 bytes, is carried");
            assertFalse(a.reaches("198.18.73.2", 1151), "a frame of 1201 bytes is carried");
        } finally {
            remove(limited);
        }
        List<ForwardingEntry> unlimited = eLine("frame-size", "uni-1", 730, 730, 3043);
        install(unlimited);
        try {
            assertTrue(a.reaches("198.18.73.2", 1400), "without a limit a 1450-byte frame is carried");
        } finally {
            remove(unlimited);
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
