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
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.BwpFlow;
import org.presto.model.BwpFlowBuilder;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.CosIdentifier;
import org.presto.model.CosIdentifierBuilder;
import org.presto.model.CosOrEecMappingType;
import org.presto.model.EecIdentifierBuilder;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.PcpCosIdPac;
import org.presto.model.PcpEecIdPac;
import org.presto.model.VlanIdListAndUntag;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.Capability;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.UniPolicy;

/**
 * Classes of service (ingress) and egress equivalence classes of an end point, by PCP or by end point, from the
 * request to the devices, and what MEF 10.4 or a driver cannot take.
 */
class ClassesOfServiceTest {
    private static final String RESOURCE = "end-point[0]/nrp-carrier-eth-connectivity-end-point-resource";

    @TempDir
    Path dir;

    private static BwpFlow flow(long cir) {
        return BwpFlowBuilder.builder().cir(cir).build();
    }

    private static CosIdentifier cos(String name, BwpFlow flow, long... pcp) {
        List<Long> values = new ArrayList<>();
        for (long value : pcp) {
            values.add(value);
        }
        return CosIdentifierBuilder.builder().cosName(name).pcpCosIdPac(new PcpCosIdPac(values))
                .ingressBwpPerCos(flow).build();
    }

    private static ConnectivityServiceEndPoint at(DemoNetworkFixture net, String sip,
                                                  NrpCarrierEthConnectivityEndPointResourceBuilder resource) {
        return net.endPoint(sip, 100, null).withNrpCarrierEthConnectivityEndPointResource(resource
                .ceVlanIdListAndUntag(VlanIdListAndUntag.of(100)).build());
    }

    private static ConnectivityRequest eLine(ConnectivityServiceEndPoint a, ConnectivityServiceEndPoint z) {
        return new ConnectivityRequest(null, List.of(a, z), null, null, null);
    }

    private static Map<String, UniPolicy> policies(DemoNetworkFixture net, String service) throws Exception {
        Map<String, UniPolicy> found = new HashMap<>();
        for (Node node : net.inventory.topology().node()) {
            ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class).stream()
                    .filter(e -> e.serviceId().equals(service))
                    .map(ForwardingEntry::policies).forEach(found::putAll);
        }
        return found;
    }

    @Test
    void classesByPcpArePolicedEachToItsProfileAndDiscardedClassesAreInNone() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(
                    at(net, "pe1-uni-1", NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .cosMappingType(CosOrEecMappingType.PCP)
                            .cosIdentifierList(List.of(cos("H", flow(10_000_000), 5, 6, 7),
                                    cos("L", null, 0, 3, 4), cos("Discard", null, 1, 2)))),
                    // numbers as the swagger sends them, no mapping type: PCP, as every class lists its values
                    at(net, "pe3-uni-1", NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .eecIdentifierList(List.of(EecIdentifierBuilder.builder().eecName("all")
                                    .pcpEecIdPac(new PcpEecIdPac(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L)))
                                    .egressBwpPerEec(flow(8_000_000)).build())))));
            BandwidthProfile ten = BandwidthProfile.committed(10_000_000);
            assertEquals(Map.of(
                    net.nep("pe1-uni-1"), new UniPolicy(0, null, null, List.of(new PcpClass("H", Set.of(5, 6, 7),
                            ten), new PcpClass("L", Set.of(0, 3, 4), null)), List.of()),
                    net.nep("pe3-uni-1"), new UniPolicy(0, null, null, List.of(), List.of(new PcpClass("all",
                            Set.of(0, 1, 2, 3, 4, 5, 6, 7), BandwidthProfile.committed(8_000_000))))),
                    policies(net, service.uuid()));
            assertEquals(3, service.endPoint().get(0).nrpCarrierEthConnectivityEndPointResource().cosIdentifierList()
                    .size(), "kept and returned as asked");
        }
    }

    @Test
    void anEndPointsNewClassesReachItsUni() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(net.endPoint("pe1-uni-1", 100, null),
                    net.endPoint("pe3-uni-1", 100, null)));
            ConnectivityServiceEndPoint first = service.endPoint().get(0);
            net.connectivity.update(service.uuid(), new org.presto.core.ConnectivityUpdate(at(net, "pe1-uni-1",
                    pcp(cos("H", flow(10_000_000), 4, 5, 6, 7), cos("L", flow(2_000_000), 0, 1, 2, 3)))
                    .withLocalId(first.localId()).withServiceInterfacePoint(null), null));
            assertEquals(new UniPolicy(0, null, null, List.of(new PcpClass("H", Set.of(4, 5, 6, 7),
                    BandwidthProfile.committed(10_000_000)), new PcpClass("L", Set.of(0, 1, 2, 3),
                    BandwidthProfile.committed(2_000_000))), List.of()),
                    policies(net, service.uuid()).get(net.nep("pe1-uni-1")));
        }
    }

    @Test
    void oneClassByEndPointPolicesEveryFrame() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(
                    at(net, "pe1-uni-1", NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .cosMappingType(CosOrEecMappingType.END_POINT)
                            .cosIdentifierList(List.of(CosIdentifierBuilder.builder().cosName("Gold")
                                    .ingressBwpPerCos(flow(20_000_000)).build()))),
                    net.endPoint("pe3-uni-1", 100, null)));
            assertEquals(Map.of(net.nep("pe1-uni-1"), new UniPolicy(0, BandwidthProfile.committed(20_000_000),
                    null)), policies(net, service.uuid()));
        }
    }

    @Test
    void whatMefOrTheNetworkCannotTakeIsRefusedWithItsMember() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            String list = RESOURCE + "/cos-identifier-list";
            refused(net, Reason.INVALID_INPUT, list, pcp(cos("H", flow(10_000_000), 5, 6, 7), cos("L", null, 0)));
            refused(net, Reason.INVALID_INPUT, list + "[1]/pcp-cos-id-pac/pcp-value-list",
                    pcp(cos("H", null, 0, 1, 2, 3), cos("L", null, 3, 4, 5, 6, 7)));
            refused(net, Reason.INVALID_INPUT, list + "[0]/pcp-cos-id-pac/pcp-value-list",
                    pcp(cos("H", null, 0, 1, 2, 3, 4, 5, 6, 8)));
            refused(net, Reason.CONFLICT, list, pcp(cos("H", flow(6_000_000_000L), 0, 1, 2, 3),
                    cos("L", flow(6_000_000_000L), 4, 5, 6, 7)));
            refused(net, Reason.INVALID_INPUT, list + "[0]/ingress-bwp-per-cos/cir",
                    pcp(cos("H", flow(0), 0, 1, 2, 3, 4, 5, 6, 7)));
            // by DSCP, a class that lists PCP values instead
            refused(net, Reason.INVALID_INPUT, list + "[0]/dscp-cos-id-pac",
                    NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                            .cosMappingType(CosOrEecMappingType.DSCP).cosIdentifierList(List.of(cos("H", null, 0))));
            refused(net, Reason.INVALID_INPUT, RESOURCE + "/ingress-bwp-flow",
                    pcp(cos("H", flow(10_000_000), 0, 1, 2, 3, 4, 5, 6, 7)).ingressBwpFlow(flow(5_000_000)));
            assertTrue(net.connectivity.services().isEmpty());
        }
    }

    @Test
    void aDriverThatCannotClassifyIsNeverAsked() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, Set.of(Capability.PCP_CLASSES))) {
            refused(net, Reason.CONFLICT, RESOURCE + "/cos-identifier-list",
                    pcp(cos("H", flow(10_000_000), 5, 6, 7), cos("L", null, 0, 1, 2, 3, 4)));
            assertTrue(policies(net, "").isEmpty());
            for (Node node : net.inventory.topology().node()) {
                assertTrue(ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class).isEmpty());
            }
        }
    }

    private static NrpCarrierEthConnectivityEndPointResourceBuilder pcp(CosIdentifier... classes) {
        return NrpCarrierEthConnectivityEndPointResourceBuilder.builder().cosMappingType(CosOrEecMappingType.PCP)
                .cosIdentifierList(List.of(classes));
    }

    private static void refused(DemoNetworkFixture net, Reason reason, String path,
                                NrpCarrierEthConnectivityEndPointResourceBuilder resource) {
        PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(
                at(net, "pe1-uni-1", resource), net.endPoint("pe3-uni-1", 100, null))));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals(path, refused.member(), refused.getMessage());
    }
}
