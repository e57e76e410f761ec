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
    void anUnknownMemberIsRefusedWithItsPath() throws Exception {
        assertRefused(TOPOLOGY + "/node/2/owned-node-edge-point/1/colour",
                doc -> nep(doc, 2, 1).put("colour", "blue"));
        assertRefused(CONTEXT + "/tapi-equipment:physical-context",
                doc -> context(doc).putObject("tapi-equipment:physical-context"));
        assertRefused(TOPOLOGY + "/node/0/owned-node-edge-point/0/tapi-connectivity:cep-list/cep",
                doc -> ((ObjectNode) nep(doc, 0, 0).get("tapi-connectivity:cep-list")).putArray("cep"));
    }

    @Test
    void aMalformedValueIsRefusedWithItsPath() throws Exception {
        assertRefused(TOPOLOGY + "/node/1/operational-state",
                doc -> node(doc, 1).put("operational-state", "HALF_ENABLED"));
        assertRefused(TOPOLOGY + "/node/1/layer-protocol-name/0",
                doc -> ((ArrayNode) node(doc, 1).get("layer-protocol-name")).set(0, "OTSiA"));
        assertRefused(TOPOLOGY + "/link/0/total-potential-capacity/total-size/value",
                doc -> ((ObjectNode) topology(doc).get("link").get(0).get("total-potential-capacity")
                        .get("total-size")).put("value", "lots"));
        assertRefused(TOPOLOGY + "/node/1/name", doc -> node(doc, 1).putNull("name"));
        assertRefused(CONTEXT + "/service-interface-point/0/layer-protocol-name",
                doc -> ((ObjectNode) context(doc).get("service-interface-point").get(0))
                        .putArray("layer-protocol-name").add("DSR"));
    }

    @Test
    void aReferenceMustUseTapi21NamesAndPointWhereItSays() throws Exception {
        assertRefused(CONTEXT + "/service-interface-point/0/uuid", doc -> { }, false);
        assertRefused(TOPOLOGY + "/node/2/owned-node-edge-point/0/mapped-service-interface-point/0/"
                        + "service-interface-point-id",
                doc -> ((ObjectNode) nep(doc, 2, 0).get("mapped-service-interface-point").get(0))
                        .put("service-interface-point-id", "x"));
        String route = CONTEXT + "/tapi-connectivity:connectivity-context/connection/0/route/0/connection-end-point/1";
        assertRefused(route + "/node-edge-point-uuid", doc -> ((ObjectNode) connection(doc, 0).get("route").get(0)
                .get("connection-end-point").get(1)).put("node-edge-point-uuid", "00000000-0000-4000-8000-000000000041"));
        assertRefused(route, doc -> ((ObjectNode) connection(doc, 0).get("route").get(0)
                .get("connection-end-point").get(1)).put("connection-end-point-uuid", "no-such-cep"));
    }

    @Test
    void somethingElseThanAContextIsRefused() {
        InvalidTapiContextException notJson = assertThrows(InvalidTapiContextException.class,
                () -> codec.read(new ByteArrayInputStream("{\"tapi-common:context\": {".getBytes(
                        StandardCharsets.UTF_8))));
        assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
        InvalidTapiContextException unqualified = assertThrows(InvalidTapiContextException.class,
                () -> codec.read(json.readTree("{\"context\": {}}")));
        assertEquals("/context", unqualified.path());
        assertThrows(InvalidTapiContextException.class, () -> codec.read(json.readTree("[]")));
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
