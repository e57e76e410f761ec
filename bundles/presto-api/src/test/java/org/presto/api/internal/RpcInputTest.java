package org.presto.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presto.model.json.TapiJson;

class RpcInputTest {
    private static byte[] utf8(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        byte[] latin1 = "{\"input\":{\"sip-id-or-name\":\"caf\u00e9\"}}".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        RestconfError error = assertThrows(RestconfError.class, () -> RpcInput.parse(json, latin1));
        assertEquals(400, error.status);
    }

    private final ObjectMapper json = TapiJson.newMapper();

    private RestconfError refused(String body) {
        return assertThrows(RestconfError.class,
                () -> RpcInput.parse(json, utf8(body)).as(CreateConnectivityServiceInput.class));
    }

    @Test
    void acceptsTheSwaggerAndTheModuleQualifiedWrapper() {
        assertEquals(2, RpcInput.parse(json, utf8("{\"input\":{\"end-point\":[{},{}]}}"))
                .as(CreateConnectivityServiceInput.class).endPoint().size());
        assertEquals(1, RpcInput.parse(json, utf8("{\"tapi-connectivity:input\":{\"end-point\":[{}]}}"))
                .as(CreateConnectivityServiceInput.class).endPoint().size());
        assertTrue(RpcInput.parse(json, utf8("")).input.isEmpty());
        assertTrue(RpcInput.parse(json, utf8("{}")).input.isEmpty());
    }

    @Test
    void malformedBodiesAreMalformedMessages() {
        for (String body : new String[] {"{\"input\": {", "[1,2]", "\"input\"", "{\"input\": {}} trailing"}) {
            RestconfError error = refused(body);
            assertEquals(400, error.status, body);
            assertEquals("malformed-message", error.errorTag, body);
        }
        RestconfError notAnObject = refused("{\"input\": []}");
        assertEquals("/input", notAnObject.errorPath);
        assertEquals("/output", refused("{\"output\": {}}").errorPath);
    }

    @Test
    void bindingErrorsNameThePathAndSayWhatIsAllowed() {
        RestconfError unknown = refused("{\"input\":{\"end-point\":[{},{\"colour\":1}]}}");
        assertEquals("/input/end-point[1]/colour", unknown.errorPath);
        assertEquals("invalid-value", unknown.errorTag);

        RestconfError literal = refused("{\"input\":{\"end-point\":[{\"role\":\"KING\"}]}}");
        assertEquals("/input/end-point[0]/role", literal.errorPath);
        assertTrue(literal.getMessage().contains("\"KING\"") && literal.getMessage().contains("SYMMETRIC"),
                literal.getMessage());

        // a single value where the model has a list is read as a list of one, whose entry must be an object
        RestconfError type = refused("{\"input\":{\"end-point\":\"both\"}}");
        assertEquals("/input/end-point[0]", type.errorPath);
        assertTrue(type.getMessage().contains("an object"), type.getMessage());

        RestconfError number = refused("{\"input\":{\"conn-constraint\":{\"requested-capacity\":{\"total-size\":"
                + "{\"value\":\"ten\",\"unit\":\"MBPS\"}}}}}");
        assertEquals("/input/conn-constraint/requested-capacity/total-size/value", number.errorPath);
        for (RestconfError error : new RestconfError[] {unknown, literal, type, number}) {
            assertTrue(!error.getMessage().contains("org.presto") && !error.getMessage().contains("Exception"),
                    error.getMessage());
        }
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() {
        ObjectMapper limited = TapiJson.newMapper();
        limited.getFactory().setStreamReadConstraints(RpcInput.limits());
        String deep = "{\"input\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        RestconfError error = assertThrows(RestconfError.class, () -> RpcInput.parse(limited, utf8(deep)));
        assertEquals("malformed-message", error.errorTag);
    }

    @Test
    void stringMembersAndOperationsWithoutInput() {
        RpcInput in = RpcInput.parse(json, utf8("{\"input\":{\"service-id-or-name\":\"evc-1\"}}"));
        assertEquals("evc-1", in.requiredString("service-id-or-name", Set.of("service-id-or-name")));
        assertEquals("/input/service-id-or-name", assertThrows(RestconfError.class,
                () -> RpcInput.parse(json, utf8("{\"input\":{\"service-id-or-name\":7}}"))
                        .requiredString("service-id-or-name", Set.of("service-id-or-name"))).errorPath);
        assertEquals("/input/x", assertThrows(RestconfError.class,
                () -> RpcInput.parse(json, utf8("{\"input\":{\"x\":1}}")).noInput("result")).errorPath);
        assertEquals("result", RpcInput.parse(json, utf8("{\"input\":{}}")).noInput("result"));
    }

    @Test
    void readsTheMefSdkTutorialsCreateBodyAsPublished() {
        CreateConnectivityServiceInput input = RpcInput.parse(json, utf8("""
                {"input": {"end-point": [{"service-interface-point": {"service-interface-point-id":
                  "sip:ovs-node:s1:s1-eth1"}, "direction": "BIDIRECTIONAL", "layer-protocol-name": "ETH",
                  "nrp-carrier-eth-connectivity-end-point-resource": {"ce-vlan-id-list-and-untag": {"vlan-id":
                  [{"vlan-id": 301}]}}}],
                 "conn-constraint": {"service-type": "POINT_TO_POINT_CONNECTIVITY", "service-level": "BEST_EFFORT"},
                 "nrp-interface:nrp-carrier-eth-connectivity-resource": {"max-frame-size": "2000"}}}
                """)).as(CreateConnectivityServiceInput.class);
        assertEquals("BEST_EFFORT", input.connConstraint().serviceLevel());
        assertEquals(2000L, input.nrpCarrierEthConnectivityResource().maxFrameSize());
        assertEquals("sip:ovs-node:s1:s1-eth1", input.endPoint().get(0).sipId());
    }

    @Test
    void aFractionForAnIntegerAndADuplicateMemberAreRefused() {
        RestconfError fraction = refused("{\"input\":{\"end-point\":["
                + "{\"nrp-carrier-eth-connectivity-end-point-resource\":"
                + "{\"ce-vlan-id-list-and-untag\":{\"vlan-id\":[{\"vlan-id\":1.9}]}}}]}}");
        assertEquals("/input/end-point[0]/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag"
                + "/vlan-id[0]/vlan-id", fraction.errorPath);
        assertTrue(fraction.getMessage().contains("1.9") && fraction.getMessage().contains("a fraction"),
                fraction.getMessage());
        RestconfError twice = refused("{\"input\":{\"state\":\"UNLOCKED\",\"state\":\"LOCKED\"}}");
        assertEquals("malformed-message", twice.errorTag);
        assertTrue(twice.getMessage().contains("state"), twice.getMessage());
    }
}
