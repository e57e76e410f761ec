package org.presto.model.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class YangSchemaTest {
    private static final YangSchema NRP = NrpModules.schema();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void compilesTheNrpModulesWithTheirAugments() {
        SchemaNode context = NRP.top("tapi-common:context").orElseThrow();
        assertEquals("tapi-connectivity", context.child("connectivity-service").module());
        assertEquals("tapi-topology", context.child("topology").module());
        assertEquals("tapi-path-computation", context.child("path-comp-service").module());
        SchemaNode endPoint = context.child("connectivity-service").child("end-point");
        assertEquals(SchemaNode.Kind.LIST, endPoint.kind());
        assertEquals(List.of("local-id"), endPoint.keys());
        SchemaNode evc = endPoint.child("nrp-carrier-eth-connectivity-end-point-resource");
        assertEquals("nrp-interface", evc.module());
        // nodes of a grouping take the namespace of the module that uses it
        assertEquals("nrp-interface", evc.child("ce-vlan-id-list-and-untag").child("vlan-id").module());
        SchemaNode sip = context.child("service-interface-point");
        assertEquals("nrp-interface", sip.child("nrp-carrier-eth-uni-n-resource").module());
        assertEquals(LeafType.Base.INT64, sip.child("total-potential-capacity").child("total-size")
                .child("value").type().base());
        assertEquals(LeafType.Base.ENUMERATION, sip.child("layer-protocol-name").type().base());
        assertEquals(SchemaNode.Kind.LEAF_LIST, sip.child("layer-protocol-name").kind());
        assertFalse(context.child("topology").config(), "the topology is state data");
        assertNull(context.child("tapi-topology:connectivity-service"), "a prefix names the module");
    }

    @Test
    void compilesRpcsWithAugmentedInputAndOutput() {
        SchemaNode create = NRP.top("tapi-connectivity:create-connectivity-service").orElseThrow();
        SchemaNode input = create.child("input");
        assertEquals("nrp-interface", input.child("nrp-carrier-eth-connectivity-resource").module());
        // mef-common-types:positive-integer is an int64, which RFC 7951 writes as a string: why the SDK sends "2000"
        assertEquals(LeafType.Base.INT64, input.child("nrp-carrier-eth-connectivity-resource")
                .child("max-frame-size").type().base());
        assertEquals(SchemaNode.Kind.OUTPUT, create.child("output").kind());
        assertTrue(NRP.top("tapi-connectivity:get-connectivity-service-list").orElseThrow().child("input")
                .children().isEmpty());
    }

    @Test
    void writesRfc7951() throws Exception {
        JsonNode swagger = json.readTree("""
                {"uuid": "c", "service-interface-point": [{"uuid": "s", "layer-protocol-name": "ETH",
                  "total-potential-capacity": {"total-size": {"value": 10, "unit": "GBPS"}},
                  "nrp-carrier-eth-uni-n-resource": {"max-frame-size": "9216"}, "presto-extra": 1}],
                 "connectivity-service": {"uuid": "x", "end-point": [{"local-id": "a",
                  "nrp-carrier-eth-connectivity-end-point-resource": {"ce-vlan-id-list-and-untag":
                   {"vlan-id": [{"vlan-id": 100}]}}}]}}
                """);
        Rfc7951Writer writer = new Rfc7951Writer();
        JsonNode written = writer.top(NRP.top("tapi-common:context").orElseThrow(), swagger);
        assertEquals(json.readTree("""
                {"tapi-common:context": {"uuid": "c", "service-interface-point": [{"uuid": "s",
                  "layer-protocol-name": ["ETH"],
                  "total-potential-capacity": {"total-size": {"value": "10", "unit": "GBPS"}},
                  "nrp-interface:nrp-carrier-eth-uni-n-resource": {"max-frame-size": "9216"}}],
                 "tapi-connectivity:connectivity-service": [{"uuid": "x", "end-point": [{"local-id": "a",
                  "nrp-interface:nrp-carrier-eth-connectivity-end-point-resource": {"ce-vlan-id-list-and-untag":
                   {"vlan-id": [{"vlan-id": "100"}]}}}]}]}}
                """), written);
        assertEquals(List.of("/context/service-interface-point/presto-extra"), writer.omitted());
    }

    @Test
    void refusesWhatItCannotCompile() {
        assertThrows(IllegalArgumentException.class, () -> YangSchema.of(List.of("module m { leaf x { type y; } ")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> YangSchema.of(
                List.of("module m { prefix m; container c { leaf x { type m:nothing; } } }")));
        assertTrue(unknown.getMessage().contains("unknown type m:nothing"), unknown.getMessage());
    }
}
