package org.presto.model.tapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.presto.model.Context;
import org.presto.model.Topology;
import org.presto.model.json.TapiJson;

/**
 * TAPI 2.1.3 contexts that nobody here wrote (their sources in {@code tapi213/wild/SOURCES.md}): ONOS's ODTN emulator
 * and a research controller, each in its own shape (bare or wrapped, prefixed or not, leaf-lists, numbers as strings,
 * augmentations of their own). Each imports, reports exactly what it leaves out,
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
    void onosOdtnEmulatorsContext() throws Exception {
        ImportedContext imported = assertKeptAndExported(document("odtn-emulator-out-tapi-context.json"));
        assertEquals(List.of(), imported.ignored());
        assertEquals(64, imported.context().serviceInterfacePoint().size());
        assertTopologies(imported.context(), Map.of("31dbb2dc-6a9a-4b19-a566-04cab3e12068", List.of(2, 64, 12)));
    }

    @Test
    void aResearchControllersTwoTopologiesWithItsOwnAugmentationLeftOutPerPath() throws Exception {
        ImportedContext imported = assertKeptAndExported(document("timeo-retrieved-obfn-context.json"));
        List<String> ignored = IntStream.range(0, 4).boxed().flatMap(i -> Stream.of(
                "/service-interface-point/" + i + "/obfn-service-interface-point-spec",
                "/service-interface-point/" + i + "/tapi-photonic-media:media-channel-service-interface-point-spec"))
                .collect(Collectors.toCollection(ArrayList::new));
        // two names of one value-name: YANG keeps a list's keys unique, so the second is not served
        ignored.add("/tapi-topology:topology-context/nw-topology-service/name/1");
        assertEquals(ignored, imported.ignored().stream().map(ImportedContext.Ignored::path).toList());
        assertEquals(4, imported.context().serviceInterfacePoint().size());
        // one node in two topologies, as the controller shows it at two layers of abstraction
        assertTopologies(imported.context(), Map.of("fc37c8a5-6d13-4a2f-9deb-2a40436f8fa4", List.of(1, 2, 0),
                "339586dd-23d0-4b48-837c-401befa8569e", List.of(1, 2, 0)));
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
