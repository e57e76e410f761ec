package org.presto.model.tapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.presto.model.Context;
import org.presto.model.JsonDifferences;
import org.presto.model.LayerProtocolName;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.json.TapiJson;

class TapiContextCodecTest {
    private static final String CONTEXT = "/tapi-common:context";
    private static final String TOPOLOGY = CONTEXT + "/tapi-topology:topology-context/topology/0";
    private final TapiContextCodec codec = new TapiContextCodec();
    private final ObjectMapper json = TapiJson.newMapper();

    private ObjectNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/tapi213/multi-layer-context.json")) {
            return (ObjectNode) json.readTree(in);
        }
    }

    @Test
    void aContextExportsAgainAsTheSameContent() throws Exception {
        ObjectNode document = fixture();
        Context context = codec.read(document);
        assertEquals(List.of(), JsonDifferences.between(document, codec.write(context)));
    }

    @Test
    void importedLayersKeepTheirQualifiers() throws Exception {
        Context context = codec.read(fixture());
        Node roadm = context.topology().get(0).node().get(0);
        NodeEdgePoint line = roadm.ownedNodeEdgePoint().get(0);
        assertEquals(List.of(LayerProtocolName.OTSiA), roadm.layerProtocolName(),
                "TAPI 2.1 PHOTONIC_MEDIA is the photonic layer of TAPI 2.0, OTSiA");
        assertEquals(List.of("tapi-photonic-media:PHOTONIC_LAYER_QUALIFIER_OMS",
                "tapi-photonic-media:PHOTONIC_LAYER_QUALIFIER_OTS"), line.supportedCepLayerProtocolQualifier());
        assertEquals("tapi-photonic-media:PHOTONIC_LAYER_QUALIFIER_MC",
                line.connectionEndPoint().get(0).layerProtocolQualifier());
        ServiceInterfacePoint uni = context.serviceInterfacePoint().get(1);
        assertEquals(List.of(LayerProtocolName.ETH), uni.layerProtocolName());
        assertEquals(9216L, uni.nrpCarrierEthUniNResource().maxFrameSize());
        assertEquals(List.of("00000000-0000-4000-8000-000000000701"),
                context.connectivityService().get(0).connection(), "references keep the target's uuid");
    }

    @Test
    void theModelExportsAndImportsBackUnchanged() throws Exception {
        Context context = codec.read(fixture());
        assertEquals(context, codec.read(codec.write(context)));
    }

    @Test
    void anUnknownMemberIsLeftOutAndReportedWithItsPath() throws Exception {
        assertIgnored(TOPOLOGY + "/node/2/owned-node-edge-point/1/colour",
                doc -> nep(doc, 2, 1).put("colour", "blue"));
        assertIgnored(CONTEXT + "/tapi-equipment:physical-context",
                doc -> context(doc).putObject("tapi-equipment:physical-context"));
        assertIgnored(TOPOLOGY + "/node/0/owned-node-edge-point/0/tapi-connectivity:cep-list/cep",
                doc -> ((ObjectNode) nep(doc, 0, 0).get("tapi-connectivity:cep-list")).putArray("cep"));
    }

    @Test
    void aValueThatMakesNoSenseIsLeftOutAndReportedWithItsPath() throws Exception {
        assertIgnored(TOPOLOGY + "/node/1/operational-state",
                doc -> node(doc, 1).put("operational-state", "HALF_ENABLED"));
        assertIgnored(TOPOLOGY + "/link/0/total-potential-capacity/total-size",
                doc -> ((ObjectNode) topology(doc).get("link").get(0).get("total-potential-capacity")
                        .get("total-size")).put("value", "lots"));
        assertIgnored(TOPOLOGY + "/node/1/name", doc -> node(doc, 1).putNull("name"));
        // a spectral capacity is no bit rate: the capacity is left out, the rest of the point kept
        ImportedContext spectral = assertIgnored(TOPOLOGY
                + "/node/0/owned-node-edge-point/0/total-potential-capacity/total-size", doc -> nep(doc, 0, 0)
                .putObject("total-potential-capacity").putObject("total-size").put("value", 4800)
                .put("unit", "GHz"));
        assertEquals("left out: its unit has invalid value \"GHz\": a spectral width, where a capacity is one of TB, "
                + "TBPS, GB, GBPS, MB, MBPS, KB, KBPS", spectral.ignored().get(spectral.ignored().size() - 1)
                .reason(), "one report for the capacity, saying why");
    }

    @Test
    void twoObjectsOfOneUuidAreRefusedAndASecondNameOfOneKindLeftOut() throws Exception {
        // a copied node whose uuid was not changed: nothing could tell which one a reference means
        String nodes = TOPOLOGY + "/node";
        InvalidTapiContextException twice = assertThrows(InvalidTapiContextException.class, () -> codec.importContext(
                change(doc -> node(doc, 1).put("uuid", node(doc, 0).get("uuid").asText()))));
        assertEquals(nodes + "/1/uuid", twice.path());
        assertTrue(twice.getMessage().endsWith("is that of " + nodes + "/0 too; a uuid names one object"),
                twice.getMessage());
        // YANG keeps a list's keys unique: the second name of one value-name is not served
        assertIgnored(TOPOLOGY + "/node/1/name/1", doc -> ((ArrayNode) node(doc, 1).get("name")).addObject()
                .put("value-name", node(doc, 1).get("name").get(0).get("value-name").asText()).put("value", "again"));
    }

    @Test
    void whatIdentifiesAnObjectCannotBeLeftOut() throws Exception {
        assertRefused(TOPOLOGY + "/node/1/uuid", doc -> node(doc, 1).put("uuid", 42));
        assertRefused(TOPOLOGY + "/node/1/name/0/value-name", doc -> ((ObjectNode) node(doc, 1).get("name").get(0))
                .putNull("value-name"));
    }

    @Test
    void readsTheShapesOfOtherReleasesAndWriters() throws Exception {
        ObjectNode document = fixture();
        // TAPI 2.0.2: a SIP's layer-protocol-name as a leaf-list; TAPI 2.4: identities with module prefixes
        ((ObjectNode) context(document).get("service-interface-point").get(0)).putArray("layer-protocol-name")
                .add("tapi-common:LAYER_PROTOCOL_NAME_TYPE_ETH");
        ((ArrayNode) node(document, 1).get("layer-protocol-name")).set(0, "LAYER_PROTOCOL_NAME_TYPE_PHOTONIC_MEDIA");
        // quoted numbers, identities of capacity units, an unprefixed container, a bare context without envelope
        ObjectNode size = (ObjectNode) topology(document).get("link").get(0).get("total-potential-capacity")
                .get("total-size");
        int value = size.get("value").asInt();
        size.put("value", Integer.toString(value)).put("unit", "tapi-common:CAPACITY_UNIT_" + size.get("unit")
                .asText());
        ObjectNode bare = context(document).deepCopy();
        bare.set("topology-context", bare.remove("tapi-topology:topology-context"));
        ImportedContext imported = codec.importContext(bare);
        assertEquals(List.of(), imported.ignored());
        Context context = imported.context();
        assertEquals(codec.read(fixture()).topology().get(0).link().get(0).totalPotentialCapacity(),
                context.topology().get(0).link().get(0).totalPotentialCapacity());
        assertEquals(List.of(LayerProtocolName.ETH),
                context.serviceInterfacePoint().get(0).layerProtocolName());
        assertEquals(LayerProtocolName.OTSiA,
                context.topology().get(0).node().get(1).layerProtocolName().get(0));
        for (String wrapper : List.of("{\"context\": %s}", "{\"ietf-restconf:data\": {\"tapi-common:context\": %s}}",
                "{\"data\": {\"context\": %s}}")) {
            assertEquals(context, codec.read(json.readTree(wrapper.formatted(bare))), wrapper);
        }
    }

    @Test
    void aReferenceMustPointWhereItSays() throws Exception {
        assertRefused(CONTEXT + "/service-interface-point/0/uuid", doc -> { }, false);
        assertRefused(TOPOLOGY + "/link/0/node-edge-point/1", doc -> ((ObjectNode) topology(doc).get("link").get(0)
                .get("node-edge-point").get(1)).put("node-edge-point-uuid", "no-such-edge-point"));
        assertRefused(TOPOLOGY + "/node/2/owned-node-edge-point/0/mapped-service-interface-point/0",
                doc -> ((ObjectNode) nep(doc, 2, 0).get("mapped-service-interface-point").get(0))
                        .put("service-interface-point-uuid", "no-such-sip"));
        String route = CONTEXT + "/tapi-connectivity:connectivity-context/connection/0/route/0/connection-end-point/1";
        assertRefused(route + "/node-edge-point-uuid", doc -> ((ObjectNode) connection(doc, 0).get("route").get(0)
                .get("connection-end-point").get(1)).put("node-edge-point-uuid",
                        "00000000-0000-4000-8000-000000000041"));
        assertRefused(route, doc -> ((ObjectNode) connection(doc, 0).get("route").get(0)
                .get("connection-end-point").get(1)).put("connection-end-point-uuid", "no-such-cep"));
    }

    @Test
    void somethingElseThanAContextIsRefused() {
        InvalidTapiContextException notJson = assertThrows(InvalidTapiContextException.class,
                () -> codec.read(new ByteArrayInputStream("{\"tapi-common:context\": {".getBytes(
                        StandardCharsets.UTF_8))));
        assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
        InvalidTapiContextException unknown = assertThrows(InvalidTapiContextException.class,
                () -> codec.read(json.readTree("{\"network\": {}}")));
        assertTrue(unknown.getMessage().contains("no TAPI context"), unknown.getMessage());
        assertThrows(InvalidTapiContextException.class, () -> codec.read(json.readTree("[]")));
    }

    /** Changes the fixture, and checks that importing it leaves out the member at the path given, and only it. */
    private ImportedContext assertIgnored(String path, Consumer<ObjectNode> change) throws Exception {
        ImportedContext imported = codec.importContext(change(change));
        assertEquals(path, imported.ignored().get(imported.ignored().size() - 1).path(), imported.ignored()
                .toString());
        return imported;
    }

    private ObjectNode change(Consumer<ObjectNode> change) throws IOException {
        ObjectNode document = fixture();
        change.accept(document);
        return document;
    }

    /** Changes the fixture, and checks that importing it fails at the path given. */
    private void assertRefused(String path, Consumer<ObjectNode> change) throws Exception {
        assertRefused(path, change, true);
    }

    private void assertRefused(String path, Consumer<ObjectNode> change, boolean refused) throws Exception {
        ObjectNode document = fixture();
        change.accept(document);
        if (!refused) {
            codec.read(document);
            return;
        }
        InvalidTapiContextException e = assertThrows(InvalidTapiContextException.class, () -> codec.read(document));
        assertEquals(path, e.path(), e.getMessage());
    }

    private static ObjectNode context(JsonNode document) {
        return (ObjectNode) document.get("tapi-common:context");
    }

    private static ObjectNode topology(JsonNode document) {
        return (ObjectNode) context(document).get("tapi-topology:topology-context").get("topology").get(0);
    }

    private static ObjectNode node(JsonNode document, int node) {
        return (ObjectNode) topology(document).get("node").get(node);
    }

    private static ObjectNode nep(JsonNode document, int node, int nep) {
        return (ObjectNode) node(document, node).get("owned-node-edge-point").get(nep);
    }

    private static ObjectNode connection(JsonNode document, int connection) {
        return (ObjectNode) context(document).get("tapi-connectivity:connectivity-context").get("connection")
                .get(connection);
    }
}
