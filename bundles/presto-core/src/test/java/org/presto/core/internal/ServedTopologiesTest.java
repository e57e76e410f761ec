package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.ContextAssembler;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.paths.PathComputationEngine;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.Connection;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.Context;
import org.presto.model.Link;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.PathComputationService;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.PathServiceEndPointBuilder;
import org.presto.model.RoutingConstraintBuilder;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.Topology;
import org.presto.model.TopologyRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.model.tapi.TapiContextCodec;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.store.internal.JdbcPrestoStore;

/**
 * A network imported with two topologies of its own (the metro example split by layer: the switches and their
 * Ethernet links, the ROADMs and the photonic links, two of which end on switches) is served in exactly those two
 * topologies, its references name the topology holding each node, it survives a restart, and an export read back
 * gives the same topologies.
 */
class ServedTopologiesTest {
    private static final String ETHERNET = "0a4f2c57-0d6e-4e8b-9a43-7b5c3c1d2e01";
    private static final String OPTICAL = "0a4f2c57-0d6e-4e8b-9a43-7b5c3c1d2e02";

    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private EmulatedEms emulator;
    private Inventory inventory;
    private ServiceLifecycle connectivity;

    @BeforeEach
    void wire() throws Exception {
        Path file = splitByLayer(DocsExamples.metroOptical(), dir.resolve("two-topologies.json"));
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        emulator = new EmulatedEms(new EmulatorSettings("lab", file.toString(), dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test");
        inventory = new Inventory(JdbcPrestoStore.open(pool));
        inventory.driverAdded(emulator);
        connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), JdbcPrestoStore.open(pool));
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void theNetworkIsServedInTheFilesTopologiesAndNotInPrestos() {
        List<Topology> served = inventory.topologies();
        assertEquals(List.of(ETHERNET, OPTICAL), served.stream().map(Topology::uuid).toList());
        assertEquals(List.of("metro switches"), served.get(0).name().stream().map(Name::value).toList());
        assertEquals(Set.of("sw-1", "sw-2", "sw-3"), names(served.get(0)));
        assertEquals(Set.of("roadm-1", "roadm-2"), names(served.get(1)));
        assertEquals(2, served.get(0).link().size());
        assertEquals(3, served.get(1).link().size());
        assertEquals(5, inventory.topology().node().size(), "path computation still sees the whole network");
        Map<String, String> topologyOfNode = served.stream().flatMap(t -> t.node().stream()
                .map(n -> Map.entry(n.uuid(), t.uuid()))).collect(Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue));
        for (Link link : inventory.topology().link()) {
            for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
                assertEquals(topologyOfNode.get(end.nodeId()), end.topologyId(),
                        "a link end names the topology that holds its node: " + link.uuid());
            }
        }

        Inventory restarted = new Inventory(JdbcPrestoStore.open(pool));
        assertEquals(List.of(ETHERNET, OPTICAL), restarted.topologies().stream().map(Topology::uuid).toList(),
                "the same topologies after a restart, before the driver is back");
        for (int i = 0; i < served.size(); i++) {
            assertEquals(names(served.get(i)), names(restarted.topologies().get(i)));
            assertEquals(served.get(i).link().stream().map(Link::uuid).toList(),
                    restarted.topologies().get(i).link().stream().map(Link::uuid).toList());
        }
    }

    @Test
    void aServicesConnectionEndPointsNameTheirNodesTopologyAndAnExportGivesTheTopologiesBack() throws Exception {
        connectivity.create(new ConnectivityRequest(null, List.of(endPoint("sw-1-uni-1", 100),
                endPoint("sw-3-uni-1", 100)), null, null, null));
        List<Connection> connections = connectivity.connections();
        assertTrue(!connections.isEmpty());
        for (Connection connection : connections) {
            for (ConnectionEndPointRef cep : connection.connectionEndPoint()) {
                assertEquals(ETHERNET, cep.topologyId());
            }
        }
        Context context = ContextAssembler.context(inventory, connectivity.services(), connections, List.of());
        assertEquals(List.of(ETHERNET, OPTICAL), context.nwTopologyService().topology());
        Context exported = new TapiContextCodec().importContext(new TapiContextCodec().write(context)).context();
        assertEquals(List.of(ETHERNET, OPTICAL), exported.topology().stream().map(Topology::uuid).toList());
        assertEquals(names(context.topology().get(0)), names(exported.topology().get(0)));
        assertEquals(names(context.topology().get(1)), names(exported.topology().get(1)));
        assertEquals(context.topology().get(1).link().stream().map(Link::uuid).toList(),
                exported.topology().get(1).link().stream().map(Link::uuid).toList());
    }

    @Test
    void aPathNamesTheTopologyOfEachLinkAndStaysWithinTheTopologiesItIsGiven() {
        PathComputationEngine paths = new PathComputationEngine(inventory, new PathComputerComponent(),
                JdbcPrestoStore.open(pool), connectivity.reads());
        PathComputationService computed = paths.computePath(new PathComputationRequest(
                List.of(sep("sw-1-uni-1"), sep("sw-3-uni-1")), null, null, null));
        org.presto.model.Path path = pathOf(paths, computed);
        assertTrue(!path.link().isEmpty());
        path.link().forEach(link -> assertEquals(ETHERNET, link.topologyId()));

        // within the Ethernet topology, the path is as before; out of it, there is none
        PathComputationService within = paths.computePath(new PathComputationRequest(
                List.of(sep("sw-1-uni-1"), sep("sw-3-uni-1")), RoutingConstraintBuilder.builder()
                .includeTopology(List.of(new TopologyRef(ETHERNET))).build(), null, null));
        assertEquals(path.link(), pathOf(paths, within).link());
        PrestoException avoided = assertThrows(PrestoException.class, () -> paths.computePath(
                new PathComputationRequest(List.of(sep("sw-1-uni-1"), sep("sw-3-uni-1")), RoutingConstraintBuilder
                        .builder().avoidTopology(List.of(ETHERNET)).build(), null, null)));
        assertEquals(Reason.CONFLICT, avoided.reason(), avoided.getMessage());
        PrestoException optical = assertThrows(PrestoException.class, () -> paths.computePath(
                new PathComputationRequest(List.of(sep("sw-1-uni-1"), sep("sw-3-uni-1")), RoutingConstraintBuilder
                        .builder().includeTopology(List.of(new TopologyRef(OPTICAL))).build(), null, null)));
        assertEquals(Reason.CONFLICT, optical.reason(), optical.getMessage());
        PrestoException unknown = assertThrows(PrestoException.class, () -> paths.computePath(
                new PathComputationRequest(List.of(sep("sw-1-uni-1"), sep("sw-3-uni-1")),
                        RoutingConstraintBuilder.builder().includeTopology(List.of(new TopologyRef("nope"))).build(),
                        null, null)));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
        assertEquals(2, paths.paths().size(), "a refused request keeps nothing");
    }

    private static org.presto.model.Path pathOf(PathComputationEngine paths, PathComputationService service) {
        return paths.paths().stream().filter(p -> p.uuid().equals(service.path().get(0).pathId())).findFirst()
                .orElseThrow();
    }

    private PathServiceEndPoint sep(String sipName) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return PathServiceEndPointBuilder.builder().serviceInterfacePoint(sip).build();
    }

    private static Set<String> names(Topology topology) {
        return topology.node().stream().map(Node::name).map(n -> n.get(0).value()).collect(Collectors.toSet());
    }

    private org.presto.model.ConnectivityServiceEndPoint endPoint(String sipName, int vlan) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan)).build())
                .build();
    }

    /** The example with its one topology split in two: the Ethernet-only part and the photonic part. */
    private static Path splitByLayer(Path example, Path target) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = mapper.readTree(example.toFile());
        ArrayNode topologies = (ArrayNode) document.path("tapi-common:context").path("tapi-topology:topology-context")
                .path("topology");
        ObjectNode whole = (ObjectNode) topologies.get(0);
        ObjectNode ethernet = topology(mapper, ETHERNET, "metro switches");
        ObjectNode optical = topology(mapper, OPTICAL, "metro optical line system");
        for (JsonNode node : whole.path("node")) {
            boolean roadm = node.path("name").get(0).path("value").asText().startsWith("roadm");
            ((ArrayNode) (roadm ? optical : ethernet).path("node")).add(node);
        }
        for (JsonNode link : whole.path("link")) {
            boolean eth = link.path("layer-protocol-name").get(0).asText().endsWith("ETH");
            ((ArrayNode) (eth ? ethernet : optical).path("link")).add(link);
        }
        topologies.removeAll();
        topologies.add(ethernet).add(optical);
        // references name the topology that now holds their node
        String text = mapper.writeValueAsString(document);
        for (JsonNode node : ethernet.path("node")) {
            text = text.replace(whole.path("uuid").asText() + "\",\"node-uuid\":\"" + node.path("uuid").asText(),
                    ETHERNET + "\",\"node-uuid\":\"" + node.path("uuid").asText());
        }
        text = text.replace("\"topology-uuid\":\"" + whole.path("uuid").asText(), "\"topology-uuid\":\"" + OPTICAL);
        Files.writeString(target, text);
        return target;
    }

    private static ObjectNode topology(ObjectMapper mapper, String uuid, String name) {
        ObjectNode topology = mapper.createObjectNode().put("uuid", uuid);
        topology.putArray("name").addObject().put("value-name", "topology-name").put("value", name);
        topology.putArray("node");
        topology.putArray("link");
        return topology;
    }

}
