package org.presto.driver.emulator.tapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.presto.driver.emulator.NetworkAssertions;
import org.presto.driver.emulator.SharedTopologies;
import org.presto.driver.emulator.graph.DemoNetwork;
import org.presto.driver.emulator.graph.GraphmlLoader;
import org.presto.driver.emulator.graph.NetworkGraph;
import org.presto.driver.emulator.graph.Site;
import org.presto.driver.emulator.graph.Span;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Link;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OperationalState;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.ServiceInterfacePoint;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.support.StableUuids;

class TapiNetworkMapperTest {
    private final TapiNetworkMapper mapper = new TapiNetworkMapper("emulator", 2, 10_000, 100_000);
    private final DiscoveredNetwork demo = mapper.map(DemoNetwork.graph());

    @Test
    void demoIsConsistent() {
        NetworkAssertions.assertConsistent(demo, 2);
        assertEquals(6, demo.nodes().size());
        assertEquals(7, demo.links().size());
        assertEquals(12, demo.serviceInterfacePoints().size());
    }

    @Test
    void nodesAreUnlockedEnabledInstalledEthernetSwitches() {
        Node pe1 = node("pe1");
        assertEquals(uuid("presto-emulator/emulator/node/pe1"), pe1.uuid());
        assertEquals(List.of(LayerProtocolName.ETH), pe1.layerProtocolName());
        assertEquals(AdministrativeState.UNLOCKED, pe1.administrativeState());
        assertEquals(OperationalState.ENABLED, pe1.operationalState());
        assertEquals(LifecycleState.INSTALLED, pe1.lifecycleState());
        // two UNIs, then trunks towards pe2, pe6 and (chord) pe4
        assertEquals(List.of("pe1/uni-1", "pe1/uni-2", "pe1/trunk-pe2", "pe1/trunk-pe6", "pe1/trunk-pe4"),
                pe1.ownedNodeEdgePoint().stream().map(nep -> nep.name().get(0).value()).toList());
    }

    @Test
    void edgePortsMapToTheirOwnSip() {
        NodeEdgePoint uni = node("pe2").ownedNodeEdgePoint().get(0);
        assertEquals(uuid("presto-emulator/emulator/nep/pe2/uni-1"), uni.uuid());
        assertEquals(Capacity.mbps(10_000), uni.totalPotentialCapacity());
        assertEquals(Capacity.mbps(10_000), uni.availableCapacity());
        String sipId = uni.mappedServiceInterfacePoint().get(0).serviceInterfacePointId();
        assertEquals(uuid("presto-emulator/emulator/sip/pe2/uni-1"), sipId);
        ServiceInterfacePoint sip = demo.serviceInterfacePoints().stream()
                .filter(s -> s.uuid().equals(sipId)).findFirst().orElseThrow();
        assertEquals(List.of(new Name(TapiNetworkMapper.SIP_NAME, "pe2-uni-1")), sip.name());
        assertEquals(List.of(LayerProtocolName.ETH), sip.layerProtocolName());
        assertEquals(OperationalState.ENABLED, sip.operationalState());
        assertEquals(Capacity.mbps(10_000), sip.totalPotentialCapacity());
    }

    @Test
    void trunkPortsAreSymmetricBidirectionalEthernetAtLinkCapacity() {
        NodeEdgePoint trunk = node("pe1").ownedNodeEdgePoint().get(4);
        assertEquals(uuid("presto-emulator/emulator/nep/pe1/trunk-pe4"), trunk.uuid());
        assertEquals(PortRole.SYMMETRIC, trunk.linkPortRole());
        assertEquals(PortDirection.BIDIRECTIONAL, trunk.linkPortDirection());
        assertEquals(LayerProtocolName.ETH, trunk.layerProtocolName());
        assertEquals(Capacity.mbps(100_000), trunk.totalPotentialCapacity());
    }

    @Test
    void linksCarryFibreLatencyAndLengthAsCost() {
        Link chord = demo.links().stream().filter(l -> l.name().get(0).value().equals("pe1--pe4"))
                .findFirst().orElseThrow();
        assertEquals(new StableUuids("presto-emulator", "emulator").link("pe4", "pe1"), chord.uuid());
        assertEquals(node("pe1").uuid(), chord.nodeEdgePoint().get(0).nodeId());
        assertEquals(uuid("presto-emulator/emulator/nep/pe4/trunk-pe1"),
                chord.nodeEdgePoint().get(1).ownedNodeEdgePointId());
        assertEquals(List.of(LatencyCharacteristic.fixedMicros(1000)), chord.latencyCharacteristic());
        assertEquals(List.of(new CostCharacteristic("cost", "200", null)), chord.costCharacteristic());
        assertEquals(Capacity.mbps(100_000), chord.totalPotentialCapacity());
    }

    @Test
    void uuidsAreStableAcrossLoadsAndDifferPerDriver() throws Exception {
        assertEquals(demo, mapper.map(DemoNetwork.graph()));
        GraphmlLoader loader = new GraphmlLoader();
        Path file = SharedTopologies.topologyZoo("Abilene.graphml");
        assertEquals(mapper.map(loader.load(file)), mapper.map(loader.load(file)));
        DiscoveredNetwork other = new TapiNetworkMapper("other", 2, 10_000, 100_000).map(DemoNetwork.graph());
        assertNotEquals(demo.nodes().get(0).uuid(), other.nodes().get(0).uuid());
    }

    @Test
    void aSlashInANameCannotMakeTwoUuidsEqual() {
        StableUuids uuids = new StableUuids("presto-emulator", "d");
        assertNotEquals(uuids.nodeEdgePoint("a/b", "c"), uuids.nodeEdgePoint("a", "b/c"));
    }

    @Test
    void shortLinksStillCostAtLeastOne() {
        NetworkGraph graph = new NetworkGraph("t", List.of(Site.unplaced("a"), Site.unplaced("b")),
                List.of(new Span("a", "b", 0.2)));
        Link link = mapper.map(graph).links().get(0);
        assertEquals("1", link.costCharacteristic().get(0).costValue());
        assertEquals(LatencyCharacteristic.fixedMicros(1), link.latencyCharacteristic().get(0));
    }

    private Node node(String name) {
        return demo.nodes().stream().filter(n -> n.name().equals(List.of(new Name("node-name", name))))
                .findFirst().orElseThrow();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
