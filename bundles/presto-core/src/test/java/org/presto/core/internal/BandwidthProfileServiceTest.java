package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.model.BwpFlow;
import org.presto.model.BwpFlowBuilder;
import org.presto.model.Capacity;
import org.presto.model.ColorFieldType;
import org.presto.model.ColorIdentifier;
import org.presto.model.ColorIdentifierBuilder;
import org.presto.model.ColorMode;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.NrpCarrierEthConnectivityResourceBuilder;
import org.presto.model.PcpColorIdPac;
import org.presto.model.SourceMacAddressLimit;
import org.presto.model.VlanIdListAndUntag;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.Capability;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;
import org.presto.spi.support.ForwardingNetworkDriver;

/**
 * The MEF bandwidth profiles of end points and the EVC's maximum frame size, from the request to the devices: what
 * each UNI's entry enforces, what no network can honour, and what a driver that lacks a capability is never asked.
 */
class BandwidthProfileServiceTest {
    @TempDir
    Path dir;

    private static BwpFlow flow(long cir, Long cbs, long eir, Long ebs) {
        return BwpFlowBuilder.builder().cir(cir).cbs(cbs).eir(eir).ebs(ebs).build();
    }

    private static ConnectivityServiceEndPoint withFlows(DemoNetworkFixture net, String sip, int vlan, BwpFlow in,
                                                         BwpFlow out) {
        return net.endPoint(sip, vlan, null).withNrpCarrierEthConnectivityEndPointResource(
                NrpCarrierEthConnectivityEndPointResourceBuilder.builder().ceVlanIdListAndUntag(VlanIdListAndUntag.of(
                        vlan)).ingressBwpFlow(in).egressBwpFlow(out).build());
    }

    private static ConnectivityRequest eLine(ConnectivityServiceEndPoint a, ConnectivityServiceEndPoint z,
                                             Long maxFrameSize) {
        return eLine(a, z, maxFrameSize, null);
    }

    private static ConnectivityRequest eLine(ConnectivityServiceEndPoint a, ConnectivityServiceEndPoint z,
                                             Long maxFrameSize, Capacity capacity) {
        return new ConnectivityRequest(null, List.of(a, z), null, capacity, null, RouteConstraints.NONE, null,
                maxFrameSize == null ? null : NrpCarrierEthConnectivityResourceBuilder.builder()
                        .maxFrameSize(maxFrameSize).build());
    }

    private static List<ForwardingEntry> onDevices(DemoNetworkFixture net) throws Exception {
        List<ForwardingEntry> all = new ArrayList<>();
        for (Node node : net.inventory.topology().node()) {
            all.addAll(ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class));
        }
        return all;
    }

    @Test
    void eachUniEnforcesItsEndPointsProfilesAndTheEvcsMaximumFrameSize() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(
                    withFlows(net, "pe1-uni-1", 100, flow(10_000_000, 20_000L, 5_000_000, 30_000L), null),
                    withFlows(net, "pe3-uni-1", 100, null, flow(8_000_000, null, 0, null)), 2000L));
            Map<String, UniPolicy> expected = Map.of(
                    net.nep("pe1-uni-1"), new UniPolicy(2000, new BandwidthProfile(10_000_000, 20_000, 5_000_000,
                            30_000, false, false), null),
                    net.nep("pe3-uni-1"), new UniPolicy(2000, null, new BandwidthProfile(8_000_000, 20_000, 0, 0,
                            false, false)));
            Map<String, UniPolicy> found = new java.util.HashMap<>();
            onDevices(net).stream().filter(e -> e.serviceId().equals(service.uuid()))
                    .forEach(e -> found.putAll(e.policies()));
            // the CBS left out is MEF's floor or 20 ms of the rate, whichever is larger; transit ports police nothing
            assertEquals(expected, found);
            assertEquals(10_000_000L, service.endPoint().get(0).nrpCarrierEthConnectivityEndPointResource()
                    .ingressBwpFlow().cir());
            assertEquals(found, net.store.service(service.uuid()).orElseThrow().changes(ForwardingEntry.class).stream()
                    .collect(java.util.HashMap<String, UniPolicy>::new, (m, e) -> m.putAll(e.policies()),
                            Map::putAll));
        }
    }

    @Test
    void whatNoPolicerCanHonourIsRefusedWithItsMember() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            String ep = "end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/ingress-bwp-flow";
            // the demo's customer ports carry 10 Gbit/s
            assertRefused(net, Reason.CONFLICT, ep + "/eir", flow(6_000_000_000L, null, 5_000_000_000L, null), null);
            assertRefused(net, Reason.INVALID_INPUT, ep + "/cbs", flow(10_000_000, 1000L, 0, null), 1522L);
            assertRefused(net, Reason.INVALID_INPUT, ep + "/cir-max",
                    flow(10_000_000, null, 0, null).withCirMax(5_000_000L), null);
            assertRefused(net, Reason.CONFLICT, ep + "/token-request-offset",
                    flow(10_000_000, null, 0, null).withTokenRequestOffset(4L), null);
            assertRefused(net, Reason.INVALID_INPUT, ep + "/cir", flow(0, null, 0, null), null);
            // larger than any Ethernet frame, whatever the UNI says (a UNI stating no maximum included)
            assertRefused(net, Reason.INVALID_INPUT, "nrp-carrier-eth-connectivity-resource/max-frame-size",
                    null, 100_000L);
            assertTrue(onDevices(net).isEmpty());
            assertTrue(net.connectivity.services().isEmpty());
        }
    }

    private static void assertRefused(DemoNetworkFixture net, Reason reason, String path, BwpFlow in, Long mfs) {
        PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                withFlows(net, "pe1-uni-1", 100, in, null), net.endPoint("pe3-uni-1", 100, null), mfs)));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals(path, refused.member(), refused.getMessage());
    }

    @Test
    void aDriverLackingACapabilityIsNeverAskedForIt() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, Set.of(Capability.TWO_RATE_POLICING,
                Capability.MAX_FRAME_SIZE, Capability.COLOUR_AWARE_POLICING))) {
            PrestoException twoRate = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    withFlows(net, "pe1-uni-1", 100, flow(10_000_000, null, 5_000_000, null), null),
                    net.endPoint("pe3-uni-1", 100, null), null)));
            assertEquals(Reason.CONFLICT, twoRate.reason());
            assertEquals("end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/ingress-bwp-flow",
                    twoRate.member());
            assertTrue(twoRate.getMessage().contains("TWO_RATE_POLICING"), twoRate.getMessage());
            PrestoException frames = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    net.endPoint("pe1-uni-1", 100, null), net.endPoint("pe3-uni-1", 100, null), 1600L)));
            assertEquals("nrp-carrier-eth-connectivity-resource/max-frame-size", frames.member());
            PrestoException colour = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    withFlows(net, "pe1-uni-1", 100, flow(10_000_000, null, 0, null)
                            .withColorMode(ColorMode.COLOR_AWARE), null), net.endPoint("pe3-uni-1", 100, null),
                    null)));
            assertTrue(colour.getMessage().contains("COLOUR_AWARE_POLICING"), colour.getMessage());
            assertTrue(onDevices(net).isEmpty(), "a refused service touched a device");
            // what it can do, it is asked
            net.connectivity.create(eLine(withFlows(net, "pe1-uni-1", 100, flow(10_000_000, null, 0, null), null),
                    net.endPoint("pe3-uni-1", 100, null), null));
            assertEquals(3, onDevices(net).size());
        }
    }

    @Test
    void anEndPointsNewProfileAndTheServicesNewCapacityReachTheDevices() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(net.endPoint("pe1-uni-1", 100, null),
                    net.endPoint("pe3-uni-1", 100, null), null, Capacity.mbps(50)));
            String uni = net.nep("pe1-uni-1");
            assertEquals(UniPolicy.committed(50_000_000), policyAt(net, uni));
            ConnectivityServiceEndPoint first = service.endPoint().get(0);
            net.connectivity.update(service.uuid(), new ConnectivityUpdate(withFlows(net, "pe1-uni-1", 100,
                    flow(20_000_000, 40_000L, 10_000_000, 40_000L), null).withLocalId(first.localId())
                    .withServiceInterfacePoint(null), null));
            assertEquals(new UniPolicy(0, new BandwidthProfile(20_000_000, 40_000, 10_000_000, 40_000, false, false),
                    null), policyAt(net, uni));
            // the far end keeps the service's capacity as its single rate
            assertEquals(UniPolicy.committed(50_000_000), policyAt(net, net.nep("pe3-uni-1")));
        }
    }

    @Test
    void aColourIdentifierIsKeptAndAColourAwareProfileTakesTheColourFromTheDei() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ColorIdentifier byPcp = ColorIdentifierBuilder.builder().colorFieldType(ColorFieldType.PCP)
                    .pcpColorPac(new PcpColorIdPac(List.of(0L, 1L), List.of(2L))).build();
            // colour-blind: the identifier changes nothing on the network, and is kept
            ConnectivityService blind = net.connectivity.create(eLine(withColour(withFlows(net, "pe1-uni-1", 100,
                    flow(10_000_000, null, 0, null), null), byPcp), net.endPoint("pe3-uni-1", 100, null), null));
            assertEquals(byPcp, blind.endPoint().get(0).nrpCarrierEthConnectivityEndPointResource()
                    .colorIdentifier());
            PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    withColour(withFlows(net, "pe1-uni-2", 100, flow(10_000_000, null, 0, null)
                            .withColorMode(ColorMode.COLOR_AWARE), null), byPcp),
                    net.endPoint("pe3-uni-2", 100, null), null)));
            assertEquals(Reason.INVALID_INPUT, refused.reason());
            assertEquals("end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/color-identifier"
                    + "/color-field-type", refused.member());
            ConnectivityService aware = net.connectivity.create(eLine(withColour(withFlows(net, "pe1-uni-2", 100,
                    flow(10_000_000, null, 0, null).withColorMode(ColorMode.COLOR_AWARE), null),
                    ColorIdentifierBuilder.builder().colorFieldType(ColorFieldType.DEI).build()),
                    net.endPoint("pe3-uni-2", 100, null), null));
            assertTrue(policyAt(net, net.nep("pe1-uni-2")).ingress().colourAware(), aware.uuid());
        }
    }

    @Test
    void aSourceMacAddressLimitReachesTheUniAndIsCheckedAsMefAsks() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityServiceEndPoint limited = withFlows(net, "pe1-uni-1", 100, null, null);
            limited = limited.withNrpCarrierEthConnectivityEndPointResource(limited
                    .nrpCarrierEthConnectivityEndPointResource().withSourceMacAddressLimit(
                            new SourceMacAddressLimit(4L, 300_000L)));
            net.connectivity.create(eLine(limited, net.endPoint("pe3-uni-1", 100, null), null));
            assertEquals(UniPolicy.NONE.withSourceMacLimit(new SourceMacLimit(4, 300_000)),
                    policyAt(net, net.nep("pe1-uni-1")));
            String path = "end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/source-mac-address-limit";
            for (SourceMacAddressLimit bad : List.of(new SourceMacAddressLimit(0L, 1000L),
                    new SourceMacAddressLimit(4L, 0L), new SourceMacAddressLimit(null, 1000L))) {
                ConnectivityServiceEndPoint ep = withFlows(net, "pe1-uni-2", 100, null, null);
                ConnectivityServiceEndPoint withBad = ep.withNrpCarrierEthConnectivityEndPointResource(ep
                        .nrpCarrierEthConnectivityEndPointResource().withSourceMacAddressLimit(bad));
                PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                        withBad, net.endPoint("pe3-uni-2", 100, null), null)));
                assertEquals(Reason.INVALID_INPUT, refused.reason());
                assertTrue(refused.member().startsWith(path), refused.member());
            }
        }
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir.resolve("lacking"),
                Set.of(Capability.SOURCE_MAC_LIMIT))) {
            ConnectivityServiceEndPoint ep = withFlows(net, "pe1-uni-1", 100, null, null);
            ConnectivityServiceEndPoint limited = ep.withNrpCarrierEthConnectivityEndPointResource(ep
                    .nrpCarrierEthConnectivityEndPointResource().withSourceMacAddressLimit(
                            new SourceMacAddressLimit(4L, 300_000L)));
            PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    limited, net.endPoint("pe3-uni-1", 100, null), null)));
            assertEquals(Reason.CONFLICT, refused.reason());
            assertEquals("end-point[0]/nrp-carrier-eth-connectivity-end-point-resource"
                    + "/source-mac-address-limit", refused.member());
            assertTrue(onDevices(net).isEmpty());
        }
    }

    @Test
    void anEndPointAskingForMoreThanItsUnisOwnProfileLetsThroughIsRefused() throws Exception {
        // pe1-uni-1 reports a UNI ingress profile of 20 Mbit/s, as an operator may set it per UNI
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, emulator -> new ForwardingNetworkDriver(emulator) {
            @Override
            public DiscoveredNetwork discover() throws DriverException {
                DiscoveredNetwork network = super.discover();
                return new DiscoveredNetwork(network.nodes(), network.links(), network.serviceInterfacePoints()
                        .stream().map(sip -> sip.name().stream().noneMatch(n -> n.value().equals("pe1-uni-1")) ? sip
                                : sip.withNrpCarrierEthUniNResource(sip.nrpCarrierEthUniNResource()
                                        .withIngressBwpFlow(flow(20_000_000, null, 0, null)))).toList());
            }
        })) {
            String ep = "end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/ingress-bwp-flow";
            assertRefused(net, Reason.CONFLICT, ep, flow(15_000_000, null, 10_000_000, null), null);
            PrestoException capacity = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                    net.endPoint("pe1-uni-1", 100, null), net.endPoint("pe3-uni-1", 100, null), null,
                    Capacity.mbps(50))));
            assertEquals("conn-constraint/requested-capacity", capacity.member(), capacity.getMessage());
            assertTrue(onDevices(net).isEmpty());
            net.connectivity.create(eLine(withFlows(net, "pe1-uni-1", 100, flow(10_000_000, null, 10_000_000, null),
                    null), net.endPoint("pe3-uni-1", 100, null), null));
            assertEquals(3, onDevices(net).size(), "what the UNI lets through is provisioned");
        }
    }

    private static ConnectivityServiceEndPoint withColour(ConnectivityServiceEndPoint ep, ColorIdentifier colour) {
        return ep.withNrpCarrierEthConnectivityEndPointResource(ep.nrpCarrierEthConnectivityEndPointResource()
                .withColorIdentifier(colour));
    }

    private static UniPolicy policyAt(DemoNetworkFixture net, String port) throws Exception {
        return onDevices(net).stream().filter(e -> e.policies().containsKey(port)).map(e -> e.policyAt(port))
                .findFirst().orElse(UniPolicy.NONE);
    }
}
