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
import org.junit.jupiter.api.Test;
import org.presto.model.Context;
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
        try (InputStream in = getClass().getResourceAsStream("/tapi213/wild/" + file)) {
            return json.readTree(in);
        }
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
        ImportedContext imported = codec.importContext(document);
        ObjectNode exported = codec.write(imported.context());
        Set<String> ignoredPaths = Set.copyOf(imported.ignored().stream().map(ImportedContext.Ignored::path).toList());
        assertEquals(leaves(document, ignoredPaths), leaves(exported, Set.of()));
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
