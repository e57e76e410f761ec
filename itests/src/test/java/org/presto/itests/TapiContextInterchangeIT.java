package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.Test;
import org.presto.model.Context;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.Topology;
import org.presto.model.tapi.TapiContextCodec;

/**
 * An operator imports a TAPI 2.1.3 context (docs/examples) with presto:context-import in the real distribution: the
 * emulator then emulates it, an orchestrator provisions over it, presto:context-export writes it all back as TAPI
 * 2.1.3, it survives a restart, and a damaged file is refused with its path and changes nothing.
 */
public class TapiContextInterchangeIT extends DistributionScriptSupport {
    private static final long AWAIT_MILLIS = 30_000;

    @Test
    public void importProvisionExportAndRestart() throws Exception {
        startKaraf();
        awaitRestconf();
        Path example = ProjectFiles.example("tapi-metro-optical-context.json");

        // a link to an edge point that is not there makes no network: refused, nothing changes
        String damaged = Files.readString(example).replace("\"node-edge-point-uuid\": \"1847036d",
                "\"node-edge-point-uuid\": \"0000036d");
        Path broken = Files.writeString(karafHome.resolve("broken-context.json"), damaged);
        String refused = clientRefused("presto:context-import " + broken);
        assertTrue(refused, refused.contains("Nothing imported") && refused.contains("/node-edge-point/0")
                && refused.contains("no node edge point"));
        assertTrue("the demo network is still emulated", nodeNames().contains("pe1"));

        String imported = client("presto:context-import " + example);
        assertTrue(imported, imported.contains("5 nodes") && imported.contains("5 links"));
        awaitNodes(names -> names.contains("roadm-1") && !names.contains("pe1"));

        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        JsonNode created = nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("sw-1-uni-1"), 100, sips.get("sw-3-uni-1"), 300), 200);
        String service = created.path("output").path("service").path("uuid").asText();
        assertTrue(client("presto:device-config sw-2").contains(service));
        JsonNode photonic = nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("sw-1-uni-1"), 101, sips.get("roadm-1-add-1"), 101), 400);
        assertTrue(photonic.toString(), NrpRequests.restconfError(photonic).path("error-message").asText()
                .contains("not one of the service's layer ETH"));

        // a photonic service between the ROADMs' add/drop points: 400 Gbit/s in 75 GHz, taken and given back
        String sipRef = "{\"service-interface-point\": {\"service-interface-point-id\": \"%s\"}}";
        String optical = "{\"input\": {\"end-point\": [" + sipRef.formatted(sips.get("roadm-1-add-1")) + ", "
                + sipRef.formatted(sips.get("roadm-2-add-1")) + "],"
                + "\"conn-constraint\": {\"service-type\": \"POINT_TO_POINT_CONNECTIVITY\", \"requested-capacity\": "
                + "{\"total-size\": {\"value\": 400, \"unit\": \"GBPS\"}}}}}";
        for (int round = 0; round < 2; round++) {
            JsonNode lightpath = nrp.rpc("create-connectivity-service", optical, 200).path("output").path("service");
            assertEquals("OTSiA", lightpath.path("layer-protocol-name").asText());
            String roadm1 = client("presto:device-config roadm-1");
            assertTrue(roadm1, roadm1.contains("1 media channels") && roadm1.contains("191325000")
                    && roadm1.contains("191400000") && roadm1.contains(lightpath.path("uuid").asText()));
            assertTrue(client("presto:device-config roadm-2").contains("1 media channels"));
            nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(lightpath.path("uuid").asText()), 200);
            assertTrue(!client("presto:device-config roadm-1").contains("media channels"));
        }

        Path exported = karafHome.resolve("exported-context.json");
        String export = client("presto:context-export " + exported);
        assertTrue(export, export.contains("1 connectivity services"));
        Context context = read(exported);
        assertEquals(service, context.connectivityService().get(0).uuid());
        Node roadm = context.topology().get(0).node().stream()
                .filter(n -> n.name().get(0).value().equals("roadm-1")).findFirst().orElseThrow();
        assertEquals(List.of(LayerProtocolName.OTSiA), roadm.layerProtocolName());
        assertTrue(Files.readString(exported).contains("\"PHOTONIC_MEDIA\""));
        assertSameNetwork(read(example), context);
        String again = clientRefused("presto:context-export " + exported);
        assertTrue(again, again.contains("exists; use --force"));

        String refusedWhileInUse = clientRefused("presto:context-import " + example);
        assertTrue(refusedWhileInUse, refusedWhileInUse.contains("Nothing imported: 1 connectivity services exist"));

        restartKaraf();
        awaitNodes(names -> names.contains("roadm-1"));
        assertTrue(client("presto:device-config sw-2").contains(service));
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(service), 200);
        stopKaraf();
    }

    /**
     * The imported file's topology, with every node, link and SIP, is in the export as it was; only what Presto adds
     * differs: the connection end points of its connections.
     */
    private static void assertSameNetwork(Context imported, Context exported) {
        assertEquals("the file's one topology and no other", 1, exported.topology().size());
        Topology topology = exported.topology().get(0);
        assertEquals(imported.topology().get(0).uuid(), topology.uuid());
        assertEquals(imported.topology().get(0).name(), topology.name());
        assertEquals(imported.topology().get(0).layerProtocolName(), topology.layerProtocolName());
        Map<String, Node> nodes = topology.node().stream().collect(Collectors.toMap(Node::uuid, n -> n));
        for (Node node : imported.topology().get(0).node()) {
            Node out = nodes.get(node.uuid());
            assertEquals(node, out.withOwnedNodeEdgePoint(out.ownedNodeEdgePoint().stream()
                    .map(nep -> nep.withConnectionEndPoint(List.of())).toList()));
        }
        Map<String, Link> links = topology.link().stream().collect(Collectors.toMap(Link::uuid, l -> l));
        for (Link link : imported.topology().get(0).link()) {
            assertEquals(link, links.get(link.uuid()));
        }
        assertEquals(imported.serviceInterfacePoint(), exported.serviceInterfacePoint());
    }

    private List<String> nodeNames() throws Exception {
        JsonNode nodes = restconf.getJson("data/tapi-common:context").path("tapi-common:context")
                .path("tapi-topology:topology")
                .path(0).path("node");
        List<String> names = new java.util.ArrayList<>();
        nodes.forEach(node -> names.add(node.path("name").path(0).path("value").asText()));
        return names;
    }

    private void awaitNodes(Predicate<List<String>> expected) throws Exception {
        long deadline = System.currentTimeMillis() + AWAIT_MILLIS;
        List<String> names = nodeNames();
        while (!expected.test(names)) {
            assertFalse("nodes now " + names, System.currentTimeMillis() > deadline);
            Thread.sleep(200);
            names = nodeNames();
        }
    }

    private static Context read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new TapiContextCodec().read(in);
        }
    }
}
