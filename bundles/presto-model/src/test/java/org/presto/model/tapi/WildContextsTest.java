package org.presto.model.tapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.presto.model.Context;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.model.json.TapiJson;

/**
 * TAPI 2.1.3 contexts that nobody here wrote (their sources in {@code tapi213/wild/SOURCES.md}): ONF's reference
 * implementation (bare, unprefixed, leaf-lists, capacities in GHz) and ONOS's ODTN emulator (wrapped, prefixed, no
 * layers but on its SIPs). Each imports, reports exactly what it leaves out,
 * and exports again with every value it kept.
 */
class WildContextsTest {
    private final ObjectMapper json = TapiJson.newMapper();
    private final TapiContextCodec codec = new TapiContextCodec();

    private JsonNode document(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream((file.startsWith("transportpce") ? "/tapi24/wild/"
                : "/tapi213/wild/") + file)) {
            return json.readTree(in);
        }
    }

    /**
     * TAPI 2.4 as OpenDaylight TransportPCE writes it: identities for units and forwarding rules, DIGITAL_OTN, every
     * number a string ("100.0"). Exported in TAPI 2.1.3's spelling of the same values.
     */
    @Test
    void transportPcesTapi24SouthboundTopology() throws Exception {
        ImportedContext imported = assertKeptAndExported(document("transportpce-tapi-sbi-topo-160226.json"),
                WildContextsTest::tapi213Spelling);
        assertEquals(84, imported.context().serviceInterfacePoint().size());
        // two empty topologies before the one TransportPCE fills
        assertTopologies(imported.context(), Map.of("4aedacb6-f830-3b3d-983a-a2de06bc373b", List.of(0, 0, 0),
                "393f09a4-0a0b-3d82-a4f6-1fbbc14ca1a7", List.of(0, 0, 0),
                "a21e4756-4d70-3d40-95b6-f7f630b4a13b", List.of(8, 116, 7)));
        String nep = "/tapi-common:context/tapi-topology:topology-context/topology/*/node/*/owned-node-edge-point/*/";
        String qualifiers = "supported-cep-layer-protocol-qualifier-instances/*/number-of-cep-instances";
        // what TAPI 2.1.3 has no place for, each member once (and nothing else: 2.4's renamed members are read)
        assertEquals(new TreeSet<>(List.of(nep + qualifiers, "/tapi-common:context/service-interface-point/*/"
                        + qualifiers, nep + "available-payload-structure", nep + "supported-payload-structure",
                nep + "profile", nep + "source-profile", nep + "sink-profile",
                nep + "tapi-photonic-media:photonic-media-node-edge-point-spec",
                nep + "tapi-connectivity:cep-list/connection-end-point/*/tapi-photonic-media:ots-media-connection-"
                        + "end-point-spec",
                "/tapi-common:context/tapi-topology:topology-context/topology/*/node/*/risk-parameter-pac",
                "/tapi-common:context/tapi-topology:topology-context/topology/*/node/*/inter-rule-group",
                "/tapi-common:context/profile")),
                new TreeSet<>(imported.ignored().stream().map(i -> i.path().replaceAll("/[0-9]+", "/*")).toList()));
        ServiceInterfacePoint odu = imported.context().serviceInterfacePoint().stream()
                .filter(sip -> sip.uuid().equals("6ce39f19-2f87-378b-a4f8-9f6b06f4f057")).findFirst().orElseThrow();
        assertEquals(List.of("tapi-digital-otn:ODU_TYPE_ODU2", "tapi-digital-otn:ODU_TYPE_ODU2E"),
                odu.supportedLayerProtocolQualifier(), "2.4's qualifier instances as 2.1's qualifiers");
    }

    @Test
    void onfReferenceImplementationsTransponderDomain() throws Exception {
        ImportedContext imported = assertKeptAndExported(document("onf-tapi-ri-tpnd-context.json"));
        assertEquals(List.of(), imported.ignored());
        assertEquals(7, imported.context().serviceInterfacePoint().size());
        assertTopologies(imported.context(), Map.of("top-tpd", List.of(3, 11, 0)));
    }

    @Test
    void onfReferenceImplementationsLineSystemHasOneUuidTwiceAndIsRefusedUntilMended() throws Exception {
        ObjectNode document = (ObjectNode) document("onf-tapi-ri-ols-context.json");
        // the file's fourth node, whose edge points and their references all say node-rdm-4, is named node-rdm-1 too
        String path = "/topology-context/topology/0/node";
        InvalidTapiContextException refused = assertThrows(InvalidTapiContextException.class,
                () -> codec.importContext(document));
        assertEquals(path + "/3/uuid", refused.path(), refused.getMessage());
        assertEquals(path + "/3/uuid: uuid node-rdm-1 is that of " + path + "/0 too; a uuid names one object",
                refused.getMessage());

        ((ObjectNode) document.at(path + "/3")).put("uuid", "node-rdm-4");
        ImportedContext imported = assertKeptAndExported(document);
        // its capacities are spectral widths (GHz): each is left out with one report, every other member kept
        assertEquals(2 * (3 + 9 + 3), imported.ignored().size(), imported.ignored().toString());
        assertEquals(new ImportedContext.Ignored("/service-interface-point/0/total-potential-capacity/total-size",
                "left out: its unit has invalid value \"GHz\": a spectral width, where a capacity is one of TB, TBPS, "
                        + "GB, GBPS, MB, MBPS, KB, KBPS"), imported.ignored().get(0));
        assertTrue(imported.ignored().stream().allMatch(i -> i.path().endsWith("capacity/total-size")));
        assertEquals(3, imported.context().serviceInterfacePoint().size());
        assertTopologies(imported.context(), Map.of("top-ols", List.of(4, 9, 3)));
    }

    @Test
    void onosOdtnEmulatorsContext() throws Exception {
        ImportedContext imported = assertKeptAndExported(document("odtn-emulator-out-tapi-context.json"));
        assertEquals(List.of(), imported.ignored());
        assertEquals(64, imported.context().serviceInterfacePoint().size());
        assertTopologies(imported.context(), Map.of("31dbb2dc-6a9a-4b19-a566-04cab3e12068", List.of(2, 64, 12)));
    }

    /**
     * A leaf {@code name=value} as TAPI 2.1.3 spells it: enumerations for identities, ODU, plain numbers, its names
     * and typos ({@code link-port-direction}, {@code queing-latency-characteristic}, {@code NO_PROTECTON}).
     */
    private static String tapi213Spelling(String leaf) {
        String name = leaf.substring(0, leaf.indexOf('='));
        String value = leaf.substring(leaf.indexOf('=') + 1);
        name = Map.of("direction", "port-direction", "link-port-direction", "port-direction",
                "connection-port-direction", "port-direction", "queuing-latency-characteristic",
                "queing-latency-characteristic", "supported-layer-protocol-qualifier", "layer-protocol-qualifier",
                "supported-cep-layer-protocol-qualifier", "layer-protocol-qualifier").getOrDefault(name, name);
        value = value.equals("NO_PROTECTION") ? "NO_PROTECTON" : value;
        value = value.replaceFirst("^tapi-[a-z-]+:", "").replaceFirst("^(FORWARDING_RULE|CAPACITY_UNIT)_", "");
        if (name.equals("layer-protocol-name") && value.equals("DIGITAL_OTN")) {
            value = "ODU";
        }
        if (value.matches("-?[0-9]+\\.0+")) {
            value = value.substring(0, value.indexOf('.'));
        }
        return name + "=" + value;
    }

    /** Nodes, edge points and links of each topology, by uuid. */
    private static void assertTopologies(Context context, Map<String, List<Integer>> expected) {
        assertEquals(expected.keySet(), Set.copyOf(context.topology().stream().map(Topology::uuid).toList()));
        for (Topology topology : context.topology()) {
            assertEquals(expected.get(topology.uuid()), List.of(topology.node().size(), topology.node().stream()
                    .mapToInt(n -> n.ownedNodeEdgePoint().size()).sum(), topology.link().size()), topology.uuid());
        }
    }

    /**
     * Every value the import kept (each leaf not under a path it left out, by member name without module) is in the
     * export, which adds none, and reads back as the same context.
     */
    private ImportedContext assertKeptAndExported(JsonNode document) throws Exception {
        return assertKeptAndExported(document, UnaryOperator.identity());
    }

    /**
     * The same, each leaf compared as {@code spelling} writes it: a document of a later TAPI is exported in 2.1.3's
     * spelling of the same values.
     */
    private ImportedContext assertKeptAndExported(JsonNode document, UnaryOperator<String> spelling)
            throws Exception {
        ImportedContext imported = codec.importContext(document);
        ObjectNode exported = codec.write(imported.context());
        Set<String> ignoredPaths = Set.copyOf(imported.ignored().stream().map(ImportedContext.Ignored::path).toList());
        Set<String> kept = new TreeSet<>(leaves(document, ignoredPaths).stream().map(spelling).toList());
        Set<String> written = new TreeSet<>(leaves(exported, Set.of()).stream().map(spelling).toList());
        if (!kept.equals(written)) {
            Set<String> lost = new TreeSet<>(kept);
            lost.removeAll(written);
            Set<String> added = new TreeSet<>(written);
            added.removeAll(kept);
            throw new AssertionError("kept but not exported: " + lost + "; exported but not in the document: "
                    + added);
        }
        assertEquals(imported.context(), codec.read(exported));
        return imported;
    }

    private static Set<String> leaves(JsonNode document, Set<String> leftOut) {
        Set<String> result = new TreeSet<>();
        walk(document, "", "", leftOut, result);
        return result;
    }

    private static void walk(JsonNode value, String name, String path, Set<String> leftOut, Set<String> result) {
        if (leftOut.contains(path)) {
            return;
        }
        if (value.isObject()) {
            value.properties().forEach(member -> walk(member.getValue(), TapiImport.localName(member.getKey()),
                    path + "/" + TapiImport.pointer(member.getKey()), leftOut, result));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), name, path + "/" + i, leftOut, result);
            }
        } else {
            result.add(name + "=" + value.asText());
        }
    }
}
