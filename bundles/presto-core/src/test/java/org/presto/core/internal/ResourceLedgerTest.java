package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.model.Capacity;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.Link;
import org.presto.model.NodeEdgePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.pce.SpectrumGrid;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.store.ServiceRecord;

/**
 * What the stored services hold, derived by the ledger from their device changes: CE- and service VLANs per port
 * (a trunk's leaf VLAN too), bandwidth per SIP and per link (Ethernet changes only), spectrum slots per port.
 */
class ResourceLedgerTest {
    @TempDir
    Path dir;
    DemoNetworkFixture net;

    @BeforeEach
    void start() throws Exception {
        net = new DemoNetworkFixture(dir);
    }

    @AfterEach
    void stop() {
        net.close();
    }

    /** A port of the node that a link ends at. */
    private String linkPort(String node) {
        return net.inventory.node(node).orElseThrow().ownedNodeEdgePoint().stream().map(NodeEdgePoint::uuid)
                .filter(nep -> net.inventory.linkAt(nep).isPresent()).findFirst().orElseThrow();
    }

    private ServiceRecord record(String uuid, long mbps, String sipName, List<? extends DeviceChange> changes) {
        ConnectivityService service = ConnectivityServiceBuilder.builder().uuid(uuid)
                .requestedCapacity(mbps == 0 ? null : Capacity.mbps(mbps))
                .endPoint(List.of(ConnectivityServiceEndPointBuilder.builder().localId("a")
                        .serviceInterfacePoint(new ServiceInterfacePointRef(net.sip(sipName))).build()))
                .build();
        return new ServiceRecord(service, List.of(), changes, 1);
    }

    @Test
    void vlansArePerPortWithTheServiceUsingThem() {
        String trunk = linkPort("pe1");
        String uni = net.nep("pe1-uni-1");
        ResourceLedger ledger = new ResourceLedger(List.of(
                record("line", 0, "pe1-uni-1", List.of(new ForwardingEntry("line", net.node("pe1"), uni, 10, trunk,
                        7))),
                record("tree", 0, "pe1-uni-2", List.of(new BridgeEntry("tree", net.node("pe1"), List.of(
                        new BridgeEntry.Member(net.nep("pe1-uni-2"), 20, BridgeEntry.Role.LEAF, 0),
                        new BridgeEntry.Member(trunk, 8, BridgeEntry.Role.TRUNK, 9)))))), net.inventory);
        assertEquals(Optional.of("line"), ledger.vlanUser(uni, 10));
        assertEquals(Optional.of("line"), ledger.vlanUser(trunk, 7));
        assertEquals(Optional.of("tree"), ledger.vlanUser(trunk, 8));
        assertEquals(Optional.of("tree"), ledger.vlanUser(trunk, 9), "a trunk's leaf VLAN is taken too");
        assertEquals(Optional.empty(), ledger.vlanUser(uni, 7), "VLANs are per port");
    }

    @Test
    void bandwidthIsHeldAtEachSipAndOnceOnEachLinkOfAnEthernetService() {
        String trunk = linkPort("pe1");
        Link link = net.inventory.linkAt(trunk).orElseThrow();
        ResourceLedger ledger = new ResourceLedger(List.of(
                record("a", 100, "pe1-uni-1", List.of(new ForwardingEntry("a", net.node("pe1"), net.nep("pe1-uni-1"),
                        10, trunk, 7))),
                record("b", 50, "pe1-uni-1", List.of(new ForwardingEntry("b", net.node("pe1"), net.nep("pe1-uni-1"),
                        11, trunk, 8), new ForwardingEntry("b", net.node("pe1"), net.nep("pe1-uni-2"), 12, trunk,
                        9)))),
                net.inventory);
        assertEquals(150_000, ledger.sipKbpsInUse(net.sip("pe1-uni-1")));
        assertEquals(Map.of(link.uuid(), 150_000L), ledger.linkKbpsInUse(),
                "service b holds its capacity on the link once, whatever it has there");
    }

    @Test
    void mediaChannelsTakeTheirSlotsOnTheirPortsAndNoBandwidth() {
        String add = net.nep("pe2-uni-1");
        String line = linkPort("pe2");
        long lower = SpectrumGrid.LOWEST_MHZ + 4 * SpectrumGrid.SLOT_MHZ;
        ResourceLedger ledger = new ResourceLedger(List.of(record("och", 100, "pe2-uni-1", List.of(
                new MediaChannelEntry("och", net.node("pe2"), add, line, lower, lower + 4 * SpectrumGrid.SLOT_MHZ)))),
                net.inventory);
        BitSet expected = new BitSet();
        expected.set(4, 8);
        assertEquals(expected, ledger.slotsAt(add, "elsewhere"));
        assertEquals(expected, ledger.slotsAt("elsewhere", line));
        assertFalse(ledger.linkKbpsInUse().containsKey(net.inventory.linkAt(line).orElseThrow().uuid()),
                "spectrum, not bandwidth");
    }

    @Test
    void followsEachServiceAsItIsSavedAndDeletedAndLeavesOneOutForItsUpdate() {
        String trunk = linkPort("pe1");
        String uni = net.nep("pe1-uni-1");
        Link link = net.inventory.linkAt(trunk).orElseThrow();
        ResourceLedger ledger = new ResourceLedger(net.inventory);
        ledger.put(record("a", 100, "pe1-uni-1", List.of(new ForwardingEntry("a", net.node("pe1"), uni, 10, trunk,
                7))));
        ledger.put(record("b", 50, "pe1-uni-1", List.of(new ForwardingEntry("b", net.node("pe1"), uni, 11, trunk,
                8))));
        // a moves to VLAN 9 with 200 Mbit/s: what it held is free, what it holds now is not
        ledger.put(record("a", 200, "pe1-uni-1", List.of(new ForwardingEntry("a", net.node("pe1"), uni, 10, trunk,
                9))));
        assertEquals(Optional.empty(), ledger.vlanUser(trunk, 7));
        assertEquals(Optional.of("a"), ledger.vlanUser(trunk, 9));
        assertEquals(Map.of(link.uuid(), 250_000L), ledger.linkKbpsInUse());
        ResourceLedger others = ledger.without("a");
        assertEquals(Optional.empty(), others.vlanUser(trunk, 9));
        assertEquals(Optional.of("b"), others.vlanUser(trunk, 8));
        assertEquals(50_000, others.sipKbpsInUse(net.sip("pe1-uni-1")));
        assertEquals(Map.of(link.uuid(), 50_000L), others.linkKbpsInUse());
        ledger.remove("b");
        assertEquals(200_000, ledger.sipKbpsInUse(net.sip("pe1-uni-1")));
        assertEquals(Optional.empty(), ledger.vlanUser(uni, 11));
        ledger.remove("a");
        assertEquals(Map.of(), ledger.linkKbpsInUse());
        assertEquals(0, ledger.sipKbpsInUse(net.sip("pe1-uni-1")));
    }

    @Test
    void whatAServiceLeftOutHoldsIsFreeOnItsOwnPortsOnly() {
        String trunk = linkPort("pe1");
        String other = linkPort("pe2");
        ResourceLedger ledger = new ResourceLedger(List.of(
                record("a", 0, "pe1-uni-1", List.of(new ForwardingEntry("a", net.node("pe1"), net.nep("pe1-uni-1"),
                        10, trunk, 2))),
                record("b", 0, "pe2-uni-1", List.of(new ForwardingEntry("b", net.node("pe2"), net.nep("pe2-uni-1"),
                        10, other, 2)))), net.inventory);
        VlanAllocator forA = new VlanAllocator(ledger.without("a"));
        assertEquals(2, forA.serviceVlan(List.of(trunk), null, "a's port"));
        assertEquals(3, forA.serviceVlan(List.of(trunk, other), null, "a route over b's port too"),
                "VLAN 2 is a's on its port, b's on the other");
    }
}
