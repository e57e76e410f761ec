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
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.model.tapi.TapiContextCodec;

/**
 * An operator imports a TAPI 2.1.3 context (docs/examples) with presto:context-import in the real distribution: the
 * emulator then emulates it, an orchestrator provisions over it, presto:context-export writes it all back as TAPI
 * 2.1.3, it survives a restart, and a damaged file is refused with its path and changes nothing.
 */
public class TapiContextInterchangeIT extends DistributionScriptSupport {
    private static final long AWAIT_MILLIS = 30_000;
    /** TAPI contexts from other projects, with their sources. */
    private static final String WILD = "bundles/presto-model/src/test/resources/tapi213/wild/";
    private static final String ODTN_TOPOLOGY = "31dbb2dc-6a9a-4b19-a566-04cab3e12068";

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

        // a context nobody here wrote, as ONOS's ODTN emulator serves it (wrapped, prefixed, unnamed nodes): served
        // and exported as it came
        Path odtn = ProjectFiles.find(WILD + "odtn-emulator-out-tapi-context.json");
        String real = client("presto:context-import " + odtn);
        assertTrue(real, real.contains("2 nodes") && real.contains("12 links") && real.contains("Not emulated: 0 "
                + "connectivity services, 0 connections, 64 connection end points of the file"));
        JsonNode served = awaitTopology(ODTN_TOPOLOGY);
        assertEquals(2, served.path("node").size());
        assertEquals(12, served.path("link").size());
        assertEquals("[\"OTSiA\",\"DSR\"]", served.path("layer-protocol-name").toString());
        JsonNode servedContext = restconf.getJson("data/tapi-common:context");
        assertEquals(64, servedContext.path("tapi-common:context").path("service-interface-point").size());
        // the layers the file leaves out and TAPI requires are served, so the whole reply is valid
        new Yanglint(Files.createDirectories(karafHome.resolve("yanglint"))).data(servedContext);
        Path exportedAgain = karafHome.resolve("exported-odtn-context.json");
        client("presto:context-export " + exportedAgain);
        assertSameNetwork(read(odtn), read(exportedAgain));

        // TAPI 2.4 as OpenDaylight TransportPCE writes it (identities, DIGITAL_OTN, numbers as strings, two empty
        // topologies before the full one): served, and valid RFC 7951 of the modules Presto serves
        Path transportPce = ProjectFiles.find("bundles/presto-model/src/test/resources/tapi24/wild/"
                + "transportpce-tapi-sbi-topo-160226.json");
        String tapi24 = client("presto:context-import " + transportPce);
        assertTrue(tapi24, tapi24.contains("3 topologies, 8 nodes") && tapi24.contains("7 links"));
        JsonNode multiLayer = awaitTopology("a21e4756-4d70-3d40-95b6-f7f630b4a13b");
        assertEquals(8, multiLayer.path("node").size());
        assertEquals(7, multiLayer.path("link").size());
        JsonNode servedTapi24 = restconf.getJson("data/tapi-common:context");
        assertEquals(84, servedTapi24.path("tapi-common:context").path("service-interface-point").size());
        new Yanglint(Files.createDirectories(karafHome.resolve("yanglint"))).data(servedTapi24);

        staticNetworkBesideTheEmulatedOne(example, nrp);
        stopKaraf();
    }

    /**
     * The example imported as a static network beside the emulated TransportPCE context: both served, paths computed
     * over the static one, a service on it refused (no driver configures it) with nothing configured, and the export
     * holds each topology as its file had it.
     */
    private void staticNetworkBesideTheEmulatedOne(Path example, NrpRequests nrp) throws Exception {
        String bad = clientRefused("presto:context-import --static 'a b' " + example);
        assertTrue(bad, bad.contains("Nothing imported") && bad.contains("'a b'"));
        String taken = clientRefused("presto:context-import --static emulator " + example);
        assertTrue(taken, taken.contains("a driver 'emulator' exists already"));
        String imported = client("presto:context-import --static metro-lab " + example);
        assertTrue(imported, imported.contains("as static network metro-lab") && imported.contains("5 nodes"));
        String metroTopology = read(example).topology().get(0).uuid();
        awaitTopology(metroTopology);
        awaitTopology("a21e4756-4d70-3d40-95b6-f7f630b4a13b");
        String drivers = client("presto:driver-list");
        assertTrue(drivers, drivers.contains("metro-lab") && drivers.contains("emulator"));

        Map<String, String> sips = nrp.sipsByName();
        JsonNode path = nrp.rpc("compute-p-2-p-path", "{\"input\": {\"sep\": [{\"service-interface-point\": \""
                + sips.get("sw-1-uni-1") + "\"}, {\"service-interface-point\": \"" + sips.get("sw-3-uni-1")
                + "\"}]}}", 200);
        String pathId = path.path("output").path("service").path("path").path(0).path("path-id").asText();
        JsonNode computed = restconf.getJson("data/context/path=" + pathId);
        assertTrue(computed.toString(), computed.path("link").size() >= 2);
        JsonNode refused = nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("sw-1-uni-1"), 100, sips.get("sw-3-uni-1"), 300), 409);
        String reason = NrpRequests.restconfError(refused).path("error-message").asText();
        assertTrue(reason, reason.contains("metro-lab") && reason.contains("VLAN_CROSS_CONNECTS"));
        assertTrue(restconf.getJson("data/tapi-common:context").path("tapi-common:context")
                .path("tapi-connectivity:connectivity-service").isEmpty());

        Path exported = karafHome.resolve("exported-both.json");
        client("presto:context-export " + exported);
        Context both = read(exported);
        Topology metro = both.topology().stream().filter(t -> t.uuid().equals(metroTopology)).findFirst()
                .orElseThrow();
        assertEquals(read(example).topology().get(0).node().size(), metro.node().size());
        assertEquals(read(example).topology().get(0).link().size(), metro.link().size());
        assertTrue(both.topology().stream().anyMatch(t -> t.uuid().equals("a21e4756-4d70-3d40-95b6-f7f630b4a13b")));

        // imported again under the same name: the one configuration takes the new file
        String again = client("presto:context-import -s metro-lab " + example);
        assertTrue(again, again.contains("as static network metro-lab"));
    }

    private JsonNode awaitTopology(String uuid) throws Exception {
        long deadline = System.currentTimeMillis() + AWAIT_MILLIS;
        while (true) {
            for (JsonNode topology : restconf.getJson("data/tapi-common:context").path("tapi-common:context")
                    .path("tapi-topology:topology")) {
                if (topology.path("uuid").asText().equals(uuid)) {
                    return topology;
                }
            }
            assertFalse("no topology " + uuid + " served", System.currentTimeMillis() > deadline);
            Thread.sleep(200);
        }
    }

    /**
     * The imported file's topology, with every node, link and SIP, is in the export as it was; only what Presto adds
     * differs: connection end points (of Presto's connections, not the file's), the state of a node, link or SIP
     * where the file states none, and the layers TAPI requires where a file names none
     * (those of the nodes' edge points or SIPs).
     */
    private static void assertSameNetwork(Context imported, Context exported) {
        assertEquals("the file's one topology and no other", 1, exported.topology().size());
        Topology topology = exported.topology().get(0);
        Topology file = imported.topology().get(0);
        assertEquals(file.uuid(), topology.uuid());
        assertEquals(file.name(), topology.name());
        assertEquals(file.layerProtocolName(), asFiled(file.layerProtocolName(), topology.layerProtocolName()));
        Map<String, Node> nodes = topology.node().stream().collect(Collectors.toMap(Node::uuid, n -> n));
        for (Node node : file.node()) {
            Node out = nodes.get(node.uuid());
            assertEquals(withoutConnectionEndPoints(node), withoutConnectionEndPoints(out)
                    .withLayerProtocolName(asFiled(node.layerProtocolName(), out.layerProtocolName()))
                    .withOperationalState(node.operationalState() == null ? null : out.operationalState()));
        }
        Map<String, Link> links = topology.link().stream().collect(Collectors.toMap(Link::uuid, l -> l));
        for (Link link : file.link()) {
            Link out = links.get(link.uuid());
            assertEquals(link, out.withLayerProtocolName(asFiled(link.layerProtocolName(), out.layerProtocolName()))
                    .withOperationalState(link.operationalState() == null ? null : out.operationalState()));
        }
        Map<String, ServiceInterfacePoint> sips = exported.serviceInterfacePoint().stream()
                .collect(Collectors.toMap(ServiceInterfacePoint::uuid, sip -> sip));
        assertEquals(imported.serviceInterfacePoint().size(), sips.size());
        for (ServiceInterfacePoint sip : imported.serviceInterfacePoint()) {
            ServiceInterfacePoint out = sips.get(sip.uuid());
            assertEquals(sip, out.withOperationalState(sip.operationalState() == null ? null : out.operationalState())
                    .withAdministrativeState(sip.administrativeState() == null ? null : out.administrativeState()));
        }
    }

    /** Connection end points belong to connections: the file's own controller's are not emulated, Presto's added. */
    private static Node withoutConnectionEndPoints(Node node) {
        return node.withOwnedNodeEdgePoint(node.ownedNodeEdgePoint().stream()
                .map(nep -> nep.withConnectionEndPoint(List.of())).toList());
    }

    /** Served layers as the file gave them: none where it named none, once Presto has served some in their place. */
    private static List<LayerProtocolName> asFiled(List<LayerProtocolName> filed, List<LayerProtocolName> served) {
        assertFalse("TAPI requires a layer", served.isEmpty());
        return filed.isEmpty() ? List.of() : served;
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
