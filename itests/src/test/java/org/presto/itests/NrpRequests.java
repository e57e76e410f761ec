package org.presto.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Builds Presto NRP requests as an orchestrator writes them and reads the answers, over real HTTP. */
final class NrpRequests {
    static final ObjectMapper JSON = new ObjectMapper();

    private final RestconfClient restconf;

    NrpRequests(RestconfClient restconf) {
        this.restconf = restconf;
    }

    /** SIP name value to uuid, from get-service-interface-point-list. */
    Map<String, String> sipsByName() throws Exception {
        JsonNode output = rpc("get-service-interface-point-list", null, 200);
        Map<String, String> sips = new HashMap<>();
        for (JsonNode sip : output.path("output").path("sip")) {
            sips.put(sip.path("name").path(0).path("value").asText(), sip.path("uuid").asText());
        }
        return sips;
    }

    static String eLine(String sipA, int vlanA, String sipZ, int vlanZ) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode input = body.putObject("input");
        ArrayNode endPoints = input.putArray("end-point");
        endPoints.add(endPoint("ep-a", sipA, vlanA, true));
        endPoints.add(endPoint("ep-z", sipZ, vlanZ, false));
        input.putObject("conn-constraint").put("service-type", "POINT_TO_POINT_CONNECTIVITY")
                .putObject("requested-capacity").putObject("total-size").put("value", 100).put("unit", "MBPS");
        return body.toString();
    }

    /** An E-LAN (MULTIPOINT_CONNECTIVITY) of the given SIPs, each with its CE-VLAN, 100 Mbit/s. */
    static String eLan(Map<String, Integer> vlanBySip) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode input = body.putObject("input");
        ArrayNode endPoints = input.putArray("end-point");
        int i = 0;
        for (Map.Entry<String, Integer> sip : vlanBySip.entrySet()) {
            endPoints.add(endPoint("ep-" + i++, sip.getKey(), sip.getValue(), true));
        }
        input.putObject("conn-constraint").put("service-type", "MULTIPOINT_CONNECTIVITY")
                .putObject("requested-capacity").putObject("total-size").put("value", 100).put("unit", "MBPS");
        return body.toString();
    }

    /** One end point; the second is written with the module-prefixed augmentation name as RFC 7951 clients do. */
    private static ObjectNode endPoint(String localId, String sip, int vlan, boolean plainNames) {
        ObjectNode ep = JSON.createObjectNode();
        ep.put("local-id", localId);
        ep.putObject("service-interface-point").put("service-interface-point-id", sip);
        ep.put("layer-protocol-name", "ETH");
        ep.put("role", "SYMMETRIC");
        ep.put("direction", "BIDIRECTIONAL");
        ObjectNode vlans = ep.putObject(plainNames ? "nrp-carrier-eth-connectivity-end-point-resource"
                        : "nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")
                .putObject("ce-vlan-id-list-and-untag");
        vlans.put("vlan-id-mapping-type", "LIST");
        vlans.putArray("vlan-id").addObject().put("vlan-id", vlan);
        return ep;
    }

    static String serviceIdInput(String id) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("input").put("service-id-or-name", id);
        return body.toString();
    }

    /** POSTs an RPC, checks the status and returns the parsed body. */
    JsonNode rpc(String operation, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = restconf.send("POST", "operations/" + operation, body);
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError("POST " + operation + " answered " + response.statusCode() + ", expected "
                    + expectedStatus + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The error of a RESTCONF error body, checked to be in RFC 8040 form and free of Java internals. */
    static JsonNode restconfError(JsonNode body) {
        JsonNode error = body.path("ietf-restconf:errors").path("error").path(0);
        if (error.path("error-tag").asText().isEmpty() || error.path("error-message").asText().isEmpty()) {
            throw new AssertionError("not an RFC 8040 error: " + body);
        }
        String text = body.toString();
        if (text.contains("Exception") || text.contains("at org.") || text.contains("org.presto")) {
            throw new AssertionError("error leaks implementation details: " + text);
        }
        return error;
    }
}
