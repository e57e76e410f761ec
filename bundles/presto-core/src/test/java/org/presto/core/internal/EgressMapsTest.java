package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.CosIdentifier;
import org.presto.model.CosIdentifierBuilder;
import org.presto.model.CosNameAndColorToDeiPac;
import org.presto.model.CosNameToPcpPac;
import org.presto.model.CosOrEecMappingType;
import org.presto.model.DeiOrDiscard;
import org.presto.model.EgressMap;
import org.presto.model.EgressMapBuilder;
import org.presto.model.EgressMapType;
import org.presto.model.FrameColor;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.NrpCarrierEthConnectivityResourceBuilder;
import org.presto.model.PcpCosIdPac;
import org.presto.model.PcpOrDiscard;
import org.presto.model.ServiceType;
import org.presto.model.VlanIdListAndUntag;
import org.presto.spi.BridgeEntry;
import org.presto.spi.Capability;
import org.presto.spi.EgressMarking;
import org.presto.spi.EgressMarking.Priority;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UniPolicy;

/**
 * An end point's egress maps (MEF 10.4) as the marking its UNI applies: the CoS name each PCP resolves to at the
 * other end points, the colour each DEI stands for, and what the map writes for them; and what cannot be resolved.
 */
class EgressMapsTest {
    private static final String RESOURCE = "end-point[1]/nrp-carrier-eth-connectivity-end-point-resource";

    @TempDir
    Path dir;

    private static CosIdentifier cos(String name, long... pcp) {
        List<Long> values = new ArrayList<>();
        for (long value : pcp) {
            values.add(value);
        }
        return CosIdentifierBuilder.builder().cosName(name).pcpCosIdPac(new PcpCosIdPac(values)).build();
    }

    /** H for PCP 5, L for 0 to 4, Discard for 6 and 7. */
    private static NrpCarrierEthConnectivityEndPointResourceBuilder classified() {
        return NrpCarrierEthConnectivityEndPointResourceBuilder.builder().cosMappingType(CosOrEecMappingType.PCP)
                .cosIdentifierList(List.of(cos("H", 5), cos("L", 0, 1, 2, 3, 4), cos("Discard", 6, 7)));
    }

    private static EgressMap byName(String... nameThenPcp) {
        List<CosNameToPcpPac> entries = new ArrayList<>();
        for (int i = 0; i < nameThenPcp.length; i += 2) {
            entries.add(new CosNameToPcpPac(PcpOrDiscard.valueOf(nameThenPcp[i + 1]), nameThenPcp[i]));
        }
        return EgressMapBuilder.builder().egressMapType(EgressMapType.CN_C_TAG_PCP).cosNameToPcpPacList(entries)
                .build();
    }

    private static EgressMap yellowH(DeiOrDiscard dei) {
        return EgressMapBuilder.builder().egressMapType(EgressMapType.CC_C_TAG_DEI).cosNameAndColorToDeiPacList(
                List.of(new CosNameAndColorToDeiPac("H", dei, FrameColor.YELLOW))).build();
    }

    private static ConnectivityServiceEndPoint at(DemoNetworkFixture net, String sip, int vlan,
                                                  NrpCarrierEthConnectivityEndPointResourceBuilder resource) {
        return net.endPoint(sip, vlan, null).withNrpCarrierEthConnectivityEndPointResource(resource
                .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan)).build());
    }

    private static ConnectivityRequest eLine(DemoNetworkFixture net, EgressMap... maps) {
        return new ConnectivityRequest(null, List.of(at(net, "pe1-uni-1", 100, classified()), at(net, "pe3-uni-1",
                100, NrpCarrierEthConnectivityEndPointResourceBuilder.builder().egressMapList(List.of(maps)))), null,
                null, null);
    }

    private static Map<String, UniPolicy> policies(DemoNetworkFixture net, String service) throws Exception {
        Map<String, UniPolicy> found = new HashMap<>();
        for (Node node : net.inventory.topology().node()) {
            ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class).stream()
                    .filter(e -> e.serviceId().equals(service)).map(ForwardingEntry::policies).forEach(found::putAll);
            ReadBack.of(net.emulator, node.uuid(), BridgeEntry.class).stream()
                    .filter(e -> e.serviceId().equals(service)).map(BridgeEntry::policies).forEach(found::putAll);
        }
        return found;
    }

    @Test
    void eachPcpAndDeiResolvesToItsClassAndColourAndLeavesAsTheMapsSay() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(net, byName("H", "PCP_3", "L", "PCP_0"),
                    yellowH(DeiOrDiscard.DISCARD)));
            EgressMarking marking = policies(net, service.uuid()).get(net.nep("pe3-uni-1")).egressMarking();
            assertEquals(new Priority(3, 0), marking.apply(new Priority(5, 0)), "H, green: PCP 3");
            assertEquals(null, marking.apply(new Priority(5, 1)), "H, yellow: discarded");
            for (int pcp = 0; pcp <= 4; pcp++) {
                assertEquals(new Priority(0, 0), marking.apply(new Priority(pcp, 0)), "L, green: PCP 0");
                assertEquals(new Priority(0, 1), marking.apply(new Priority(pcp, 1)), "L, yellow: PCP 0, still DEI 1");
            }
            assertEquals(new Priority(6, 0), marking.apply(new Priority(6, 0)), "the Discard class never arrives");
            assertTrue(policies(net, service.uuid()).getOrDefault(net.nep("pe1-uni-1"), UniPolicy.NONE)
                    .egressMarking().isNone(), "no marking at the end point without maps");
            assertEquals(2, service.endPoint().get(1).nrpCarrierEthConnectivityEndPointResource().egressMapList()
                    .size(), "kept and returned as asked");
        }
    }

    @Test
    void whatCannotBeResolvedIsRefusedWithItsMemberAndNothingIsConfigured() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/egress-map-list[0]/cos-name-to-pcp-pac-list[1]"
                    + "/ingress-cos-name", eLine(net, byName("H", "PCP_3", "Gold", "PCP_0")));
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/egress-map-list[0]/egress-map-type", eLine(net,
                    EgressMapBuilder.builder().egressMapType(EgressMapType.CN_S_TAG_PCP).build()));
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/egress-map-list[1]/egress-map-type", eLine(net,
                    byName("H", "PCP_3"), EgressMapBuilder.builder().egressMapType(EgressMapType.CC_C_TAG_PCP)
                            .build()));
            ConnectivityRequest preserving = eLine(net, byName("H", "PCP_3"));
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/egress-map-list[0]", new ConnectivityRequest(null,
                    preserving.endPoints(), null, null, null, null, null,
                    NrpCarrierEthConnectivityResourceBuilder.builder().ceVlanPcpPreservation(true).build()));
            // without classes at the other end point, a map has no CoS name to name
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/egress-map-list[0]/cos-name-to-pcp-pac-list[0]"
                    + "/ingress-cos-name", new ConnectivityRequest(null, List.of(net.endPoint("pe1-uni-1", 100, null),
                    eLine(net, byName("H", "PCP_3")).endPoints().get(1)), null, null, null));
        }
    }

    @Test
    void otherEndPointsThatClassifyDifferentlyAreAConflict() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityRequest elan = new ConnectivityRequest(null, List.of(at(net, "pe1-uni-1", 100, classified()),
                    at(net, "pe3-uni-1", 100, NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .egressMapList(List.of(byName("H", "PCP_3")))),
                    at(net, "pe5-uni-1", 100, NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .cosMappingType(CosOrEecMappingType.PCP).cosIdentifierList(List.of(cos("H", 4, 5),
                                    cos("L", 0, 1, 2, 3, 6, 7))))),
                    ServiceType.MULTIPOINT_CONNECTIVITY, null, null);
            refused(net, Reason.CONFLICT, RESOURCE + "/egress-map-list", elan);
        }
    }

    @Test
    void aDriverWithoutEgressMarkingIsAskedBeforeAnyDeviceIsTouched() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, Set.of(Capability.EGRESS_MARKING))) {
            PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(
                    eLine(net, byName("H", "PCP_3"))));
            assertEquals(Reason.CONFLICT, refused.reason(), refused.getMessage());
            assertTrue(refused.getMessage().contains("EGRESS_MARKING"), refused.getMessage());
            assertTrue(net.connectivity.services().isEmpty());
        }
    }

    private static void refused(DemoNetworkFixture net, Reason reason, String member, ConnectivityRequest request)
            throws Exception {
        PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(request));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals(member, refused.member(), refused.getMessage());
        assertTrue(net.connectivity.services().isEmpty(), "nothing stored");
        for (Node node : net.inventory.topology().node()) {
            assertEquals(List.of(), ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class),
                    "nothing configured");
        }
    }
}
