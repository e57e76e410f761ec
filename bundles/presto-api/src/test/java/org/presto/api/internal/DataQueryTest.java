package org.presto.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presto.model.yang.NrpModules;
import org.presto.model.yang.SchemaNode;

/** RFC 8040's depth, fields and content parameters, and the three path syntaxes, on a small context. */
class DataQueryTest {
    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode context = tree("""
            {"uuid": "c", "name": [{"value-name": "context-name", "value": "Presto"}],
             "topology": [{"uuid": "t1", "name": [{"value-name": "topology-name", "value": "mef:presto-nrp-topology"}],
               "node": [{"uuid": "n1", "name": [{"value-name": "node-name", "value": "s1"}],
                 "owned-node-edge-point": [{"uuid": "p1", "layer-protocol-name": "ETH"}]}]}],
             "connectivity-service": [{"uuid": "s", "service-level": "BEST_EFFORT", "operational-state": "ENABLED",
               "end-point": [{"local-id": "ep-1", "operational-state": "ENABLED", "role": "SYMMETRIC"}]}]}
            """);

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void depthCountsLevelsFromTheResource() {
        assertEquals(tree("{}"), DataQuery.of("1", null).apply(context));
        assertEquals(tree("""
                {"uuid": "c", "name": [{}], "topology": [{}], "connectivity-service": [{}]}"""),
                DataQuery.of("2", null).apply(context));
        assertEquals(context, DataQuery.of("unbounded", null).apply(context));
        for (String bad : List.of("0", "65536", "deep")) {
            assertEquals("invalid-value", assertThrows(RestconfError.class, () -> DataQuery.of(bad, null)).errorTag);
        }
    }

    @Test
    void fieldsSelectDescendantsByPathAndGroup() {
        assertEquals(tree("""
                {"uuid": "c", "topology": [{"node": [{"uuid": "n1", "owned-node-edge-point": [{"uuid": "p1"}]}]}]}"""),
                DataQuery.of(null, "uuid;tapi-topology:topology/node(uuid;owned-node-edge-point/uuid)")
                        .apply(context));
        JsonNode whole = tree("""
                {"topology": [{"uuid": "t1", "name": [{"value-name": "topology-name",
                  "value": "mef:presto-nrp-topology"}], "node": [{"uuid": "n1", "name": [{"value-name": "node-name",
                  "value": "s1"}], "owned-node-edge-point": [{"uuid": "p1", "layer-protocol-name": "ETH"}]}]}]}""");
        for (String union : List.of("topology;topology/node/uuid", "topology/node/uuid;topology",
                "topology(node(uuid));topology", "topology(node/uuid;node);topology(name;uuid)")) {
            assertEquals(whole, DataQuery.of(null, union).apply(context), "a narrower selection does not narrow "
                    + "a member selected whole: " + union);
        }
        for (String bad : List.of("", "a(b", "a;;b", "a)")) {
            assertThrows(RestconfError.class, () -> DataQuery.of(null, bad), bad);
        }
    }

    @Test
    void contentKeepsConfigurationOrStateWithTheKeysOfListEntries() {
        SchemaNode schema = NrpModules.schema().top("tapi-common:context").orElseThrow();
        assertEquals(tree("""
                {"uuid": "c", "name": [{"value-name": "context-name", "value": "Presto"}],
                 "connectivity-service": [{"uuid": "s", "service-level": "BEST_EFFORT",
                   "end-point": [{"local-id": "ep-1", "role": "SYMMETRIC"}]}]}"""),
                ContentFilter.keep(context, schema, true));
        assertEquals(tree("""
                {"topology": [{"uuid": "t1", "name": [{"value-name": "topology-name",
                        "value": "mef:presto-nrp-topology"}],
                   "node": [{"uuid": "n1", "name": [{"value-name": "node-name", "value": "s1"}],
                   "owned-node-edge-point": [{"uuid": "p1", "layer-protocol-name": "ETH"}]}]}],
                 "connectivity-service": [{"uuid": "s", "operational-state": "ENABLED",
                   "end-point": [{"local-id": "ep-1", "operational-state": "ENABLED"}]}]}"""),
                ContentFilter.keep(context, schema, false));
        assertThrows(RestconfError.class, () -> ContentFilter.parse("everything"));
    }

    @Test
    void pathsInEverySyntaxFindTheSameEntryByUuidOrName() {
        JsonNode byUuid = DataPath.walk(context, "context", List.of("topology=t1", "node=n1")).node();
        assertEquals(byUuid, DataPath.walk(context, "tapi-common:context",
                List.of("tapi-topology:topology=mef:presto-nrp-topology", "node=s1")).node());
        assertEquals(byUuid, DataPath.walk(context, "tapi-common:context",
                List.of("tapi-topology:topology", "mef:presto-nrp-topology", "node", "s1")).node());
        assertEquals("ep-1", DataPath.walk(context, "context", List.of("connectivity-service", "s", "end-point",
                "ep-1")).node().path("local-id").asText());
        assertEquals(404, assertThrows(RestconfError.class,
                () -> DataPath.walk(context, "context", List.of("topology", "t2"))).status);
    }
}
