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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.BwpFlowBuilder;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.CosIdentifier;
import org.presto.model.CosIdentifierBuilder;
import org.presto.model.CosOrEecMappingType;
import org.presto.model.DscpCosIdPac;
import org.presto.model.IpVersion;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.VlanIdListAndUntag;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.Capability;
import org.presto.spi.DscpClass;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UniPolicy;

/**
 * Classes of service by DSCP (MEF 10.4's CoS identifier by IP DSCP), from the request to the devices: every DSCP of
 * IPv4 and of IPv6 in one class, an entry without IP version counting for both, the Discard class in none.
 */
class DscpClassesTest {
    private static final String LIST = "end-point[0]/nrp-carrier-eth-connectivity-end-point-resource"
            + "/cos-identifier-list";

    @TempDir
    Path dir;

    private static List<Long> values(int from, int to, int... except) {
        List<Long> values = new ArrayList<>();
        for (int dscp = from; dscp <= to; dscp++) {
            final int value = dscp;
            if (java.util.Arrays.stream(except).noneMatch(e -> e == value)) {
                values.add((long) dscp);
            }
        }
        return values;
    }

    private static CosIdentifier cos(String name, Long cir, DscpCosIdPac... pacs) {
        return CosIdentifierBuilder.builder().cosName(name).dscpCosIdPac(List.of(pacs))
                .ingressBwpPerCos(cir == null ? null : BwpFlowBuilder.builder().cir(cir).build()).build();
    }

    /** As a client that validates against MEF's YANG sends it: with a PCP value its mapping type ignores. */
    private static CosIdentifier withPcp(CosIdentifier cos) {
        return cos.withPcpCosIdPac(new org.presto.model.PcpCosIdPac(List.of(0L)));
    }

    private static ConnectivityRequest eLine(DemoNetworkFixture net, CosIdentifier... classes) {
        ConnectivityServiceEndPoint a = net.endPoint("pe1-uni-1", 100, null)
                .withNrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder
                        .builder().cosMappingType(CosOrEecMappingType.DSCP)
                        .cosIdentifierList(List.of(classes)).ceVlanIdListAndUntag(VlanIdListAndUntag.of(100))
                        .build());
        return new ConnectivityRequest(null, List.of(a, net.endPoint("pe3-uni-1", 100, null)), null, null, null);
    }

    /** EF (46) policed at 10 Mbit/s for both versions, CS1 (8) of IPv4 discarded, the rest best effort. */
    private static CosIdentifier[] threeClasses() {
        return new CosIdentifier[] {
            withPcp(cos("EF", 10_000_000L, new DscpCosIdPac(null, List.of(46L)))),
            cos("Discard", null, new DscpCosIdPac(IpVersion.IPV4, List.of(8L))),
            cos("BE", null, new DscpCosIdPac(IpVersion.IPV4, values(0, 63, 8, 46)),
                    new DscpCosIdPac(IpVersion.IPV6, values(0, 63, 46)))};
    }

    @Test
    void everyDscpOfEachVersionIsInOneClassAndTheDevicesGetTheClasses() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService service = net.connectivity.create(eLine(net, threeClasses()));
            Map<String, UniPolicy> policies = new HashMap<>();
            for (Node node : net.inventory.topology().node()) {
                ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class).stream()
                        .filter(e -> e.serviceId().equals(service.uuid())).forEach(e -> policies.putAll(e.policies()));
            }
            UniPolicy policy = policies.get(net.nep("pe1-uni-1"));
            assertEquals(List.of(new DscpClass("BE", new TreeSet<>(values(0, 63, 8, 46).stream().map(Long::intValue)
                            .toList()), new TreeSet<>(values(0, 63, 46).stream().map(Long::intValue).toList()), null),
                    new DscpClass("EF", Set.of(46), Set.of(46), BandwidthProfile.committed(10_000_000))),
                    policy.ingressDscpClasses(), "the Discard class in none: its DSCP is discarded");
            assertTrue(policy.ingressDscpClasses().get(0).takesNonIpFrames(), "frames without IP go with DSCP 0");
            assertEquals(List.of(), policy.ingressClasses());
            assertEquals(null, policy.ingress(), "no single rate where classes police");
        }
    }

    @Test
    void whatMefOrTheNetworkCannotTakeIsRefusedWithItsMember() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            PrestoException missing = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(net,
                    cos("EF", null, new DscpCosIdPac(null, List.of(46L))),
                    cos("BE", null, new DscpCosIdPac(IpVersion.IPV4, values(0, 63, 46))))));
            assertEquals(LIST, missing.member());
            assertTrue(missing.getMessage().contains("IPv6 DSCP [0, 1, 2"), missing.getMessage());
            PrestoException twice = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(net,
                    cos("EF", null, new DscpCosIdPac(null, List.of(46L))),
                    cos("BE", null, new DscpCosIdPac(null, values(0, 63))))));
            assertEquals(LIST + "[1]/dscp-cos-id-pac[0]/dscp-value-list", twice.member());
            // an entry without ip-version is IPV4_AND_IPV6, the key of the YANG list: a second one is a repeated key
            PrestoException key = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(net,
                    cos("BE", null, new DscpCosIdPac(null, values(0, 31)), new DscpCosIdPac(IpVersion.IPV4_AND_IPV6,
                            values(32, 63))))));
            assertEquals(LIST + "[0]/dscp-cos-id-pac[1]/ip-version", key.member());
            assertEquals(IpVersion.IPV4_AND_IPV6, new DscpCosIdPac(null, List.of(46L)).ipVersion());
            PrestoException range = assertThrows(PrestoException.class, () -> net.connectivity.create(eLine(net,
                    cos("BE", null, new DscpCosIdPac(null, values(0, 64))))));
            assertEquals(Reason.INVALID_INPUT, range.reason());
            assertTrue(net.connectivity.services().isEmpty());
        }
        try (DemoNetworkFixture lacking = new DemoNetworkFixture(dir.resolve("lacking"),
                Set.of(Capability.DSCP_CLASSES))) {
            PrestoException refused = assertThrows(PrestoException.class, () -> lacking.connectivity.create(
                    eLine(lacking, threeClasses())));
            assertEquals(Reason.CONFLICT, refused.reason());
            assertTrue(refused.getMessage().contains("DSCP_CLASSES"), refused.getMessage());
        }
    }
}
