package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.RouteConstraints;
import org.presto.core.ServiceLevel;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.DeliveryActionType;
import org.presto.model.FrameDeliveryCondition;
import org.presto.model.L2cpAddressSet;
import org.presto.model.LayerProtocolName;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.NrpCarrierEthConnectivityResourceBuilder;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;
import org.presto.model.VlanIdPreservation;

/** What a create request asks beyond its end points: service levels, EVC attributes, SIPs named by name. */
class ServiceAttributesTest {
    @TempDir
    Path dir;
    private DemoNetworkFixture network;

    @BeforeEach
    void wire() throws Exception {
        network = new DemoNetworkFixture(dir);
    }

    @AfterEach
    void close() {
        network.close();
    }

    private ConnectivityRequest eLine(String level, NrpCarrierEthConnectivityResource evc, int vlanA, int vlanB) {
        return new ConnectivityRequest(null, List.of(network.endPoint("pe1-uni-1", vlanA, null),
                network.endPoint("pe3-uni-1", vlanB, null)), null, null, null, RouteConstraints.NONE, level, evc);
    }

    @Test
    void aServiceLevelOnOfferIsKeptAndGivesTheRouteItsObjectiveAndBound() {
        network.connectivity.levels().add(new ServiceLevel("BEST_EFFORT", null, null, "no promises"));
        network.connectivity.levels().add(new ServiceLevel("GOLD", RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY,
                1L, "fast"));
        ConnectivityService best = network.connectivity.create(eLine("BEST_EFFORT", null, 100, 100));
        assertEquals("BEST_EFFORT", best.serviceLevel());
        // GOLD bounds latency to 1 microsecond, which no route of the demo network meets
        PrestoException gold = assertThrows(PrestoException.class,
                () -> network.connectivity.create(eLine("GOLD", null, 101, 101)));
        assertTrue(gold.getMessage().contains("latency"), gold.getMessage());
        network.connectivity.levels().remove(new ServiceLevel("GOLD", RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY,
                1L, "fast"));
        network.connectivity.levels().add(new ServiceLevel("GOLD", RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY,
                null, "fast"));
        ConnectivityService fast = network.connectivity.create(eLine("GOLD", null, 102, 102));
        assertEquals(RouteObjectiveFunction.MIN_WORK_ROUTE_LATENCY, fast.routeObjectiveFunction());
    }

    @Test
    void aServiceLevelNotOnOfferIsRefusedWithTheListOfThoseThatAre() {
        PrestoException none = assertThrows(PrestoException.class,
                () -> network.connectivity.create(eLine("BEST_EFFORT", null, 100, 100)));
        assertEquals(Reason.INVALID_INPUT, none.reason());
        assertEquals("conn-constraint/service-level", none.member());
        network.connectivity.levels().add(new ServiceLevel("SILVER", null, null, ""));
        network.connectivity.levels().add(new ServiceLevel("BRONZE", null, null, ""));
        PrestoException unknown = assertThrows(PrestoException.class,
                () -> network.connectivity.create(eLine("PLATINUM", null, 100, 100)));
        assertTrue(unknown.getMessage().endsWith("the service levels are BRONZE, SILVER"), unknown.getMessage());
        assertTrue(network.connectivity.services().isEmpty());
    }

    @Test
    void evcAttributesAreKeptAndAMaxFrameSizeAboveAUnisIsAConflict() {
        NrpCarrierEthConnectivityResource evc = NrpCarrierEthConnectivityResourceBuilder.builder()
                .maxFrameSize(2000L).ceVlanIdPreservation(VlanIdPreservation.PRESERVE).ceVlanPcpPreservation(true)
                .unicastFrameDelivery(new FrameDeliveryCondition(DeliveryActionType.UNCONDITIONALLY, null)).build();
        ConnectivityService service = network.connectivity.create(eLine(null, evc, 100, 100));
        assertEquals(evc, service.nrpCarrierEthConnectivityResource());
        assertEquals(evc, network.connectivity.service(service.uuid()).orElseThrow()
                .nrpCarrierEthConnectivityResource());

        PrestoException jumbo = assertThrows(PrestoException.class, () -> network.connectivity.create(
                eLine(null, evc.withMaxFrameSize(16_000L), 200, 200)));
        assertEquals(Reason.CONFLICT, jumbo.reason());
        assertEquals("nrp-carrier-eth-connectivity-resource/max-frame-size", jumbo.member());
        assertTrue(jumbo.getMessage().contains("9216"), jumbo.getMessage());
    }

    @Test
    void aPreferredTransportLayerIsTheServicesOwnOrAConflict() {
        List<ConnectivityServiceEndPoint> ends = List.of(network.endPoint("pe1-uni-1", 100, null),
                network.endPoint("pe3-uni-1", 100, null));
        ConnectivityService eth = network.connectivity.create(new ConnectivityRequest(null, ends, null, null, null,
                new RouteConstraints(null, null, null, null, null, null, null,
                        List.of(LayerProtocolName.ODU, LayerProtocolName.ETH))));
        assertEquals(List.of(LayerProtocolName.ODU, LayerProtocolName.ETH), network.connectivity.service(eth.uuid())
                .orElseThrow().preferredTransportLayer(), "kept as asked");
        PrestoException odu = assertThrows(PrestoException.class, () -> network.connectivity.create(
                new ConnectivityRequest(null, List.of(network.endPoint("pe1-uni-1", 101, null),
                        network.endPoint("pe3-uni-1", 101, null)), null, null, null,
                        new RouteConstraints(null, null, null, null, null, null, null,
                                List.of(LayerProtocolName.ODU)))));
        assertEquals(Reason.CONFLICT, odu.reason());
        assertEquals("topo-constraint/preferred-transport-layer", odu.member());
        assertEquals(1, network.connectivity.services().size());
    }

    @Test
    void theL2cpAddressSetOfAVlanBasedServiceIsKept() {
        ConnectivityServiceEndPoint cta = network.endPoint("pe1-uni-1", 100, null).with(ep -> ep
                .nrpCarrierEthConnectivityEndPointResource(ep.nrpCarrierEthConnectivityEndPointResource()
                        .withL2cpAddressSet(L2cpAddressSet.CTA)));
        ConnectivityService service = network.connectivity.create(new ConnectivityRequest(null, List.of(cta,
                network.endPoint("pe3-uni-1", 100, null)), null, null, null));
        assertEquals(L2cpAddressSet.CTA, network.connectivity.service(service.uuid()).orElseThrow().endPoint().get(0)
                .nrpCarrierEthConnectivityEndPointResource().l2cpAddressSet());
    }

    @Test
    void evcAttributesTheNetworkCannotHonourAreRefused() {
        NrpCarrierEthConnectivityResource preserve = NrpCarrierEthConnectivityResourceBuilder.builder()
                .ceVlanIdPreservation(VlanIdPreservation.PRESERVE).build();
        PrestoException translated = assertThrows(PrestoException.class,
                () -> network.connectivity.create(eLine(null, preserve, 100, 300)));
        assertEquals("nrp-carrier-eth-connectivity-resource/ce-vlan-id-preservation", translated.member());
        PrestoException strip = assertThrows(PrestoException.class, () -> network.connectivity.create(
                eLine(null, preserve.withCeVlanIdPreservation(VlanIdPreservation.STRIP), 100, 100)));
        assertEquals(Reason.INVALID_INPUT, strip.reason());
        PrestoException discard = assertThrows(PrestoException.class, () -> network.connectivity.create(
                eLine(null, NrpCarrierEthConnectivityResourceBuilder.builder().broadcastFrameDelivery(
                        new FrameDeliveryCondition(DeliveryActionType.DISCARD, null)).build(), 100, 100)));
        assertEquals("nrp-carrier-eth-connectivity-resource/broadcast-frame-delivery/action", discard.member());
        PrestoException multipoint = assertThrows(PrestoException.class, () -> network.connectivity.create(
                new ConnectivityRequest(null, List.of(network.endPoint("pe1-uni-1", 100, null),
                        network.endPoint("pe3-uni-1", 100, null)), ServiceType.MULTIPOINT_CONNECTIVITY, null, null,
                        RouteConstraints.NONE, null, NrpCarrierEthConnectivityResourceBuilder.builder()
                        .multipointCapable(false).build())));
        assertEquals("nrp-carrier-eth-connectivity-resource/multipoint-capable", multipoint.member());
        assertTrue(network.connectivity.services().isEmpty());
    }

    @Test
    void aSipNamedByItsNameIsKeptByItsUuid() {
        ConnectivityServiceEndPoint byName = network.endPoint("pe1-uni-1", 100, null)
                .withServiceInterfacePoint(new ServiceInterfacePointRef("pe1-uni-1"));
        ConnectivityService service = network.connectivity.create(new ConnectivityRequest(null,
                List.of(byName, network.endPoint("pe3-uni-1", 100, null)), null, null, null));
        assertEquals(network.sip("pe1-uni-1"), service.endPoint().get(0).sipId());
        PrestoException twice = assertThrows(PrestoException.class, () -> network.connectivity.create(
                new ConnectivityRequest(null, List.of(byName.withNrpCarrierEthConnectivityEndPointResource(
                        network.endPoint("pe1-uni-1", 200, null).nrpCarrierEthConnectivityEndPointResource()),
                        network.endPoint("pe1-uni-1", 300, null)), null, null, null)));
        assertEquals(Reason.INVALID_INPUT, twice.reason());
    }
}
