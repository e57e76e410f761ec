package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The contract: every operation and data path of the OpenAPI document the distribution serves is called over HTTP,
 * and every answer is validated against the document's schema for it with a JSON Schema validator (networknt,
 * draft 4, which Swagger 2.0 schemas follow). Requests whose body violates the document's input schema (the
 * validator confirms it does) are refused with an RFC 8040 error.
 */
public class NrpContractIT extends DistributionScriptSupport {
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final Set<String> covered = new TreeSet<>();
    /** Read-only calls made, by RPC name, with their body, to repeat in the other path forms. */
    private final Map<String, String> reads = new java.util.LinkedHashMap<>();
    /** Data paths read in the swagger form, to repeat in the other path forms. */
    private final List<String> dataRead = new ArrayList<>();
    private JsonNode swagger;
    private NrpRequests nrp;

    private void start() throws Exception {
        startKaraf();
        awaitRestconf();
        swagger = restconf.getJson("openapi.json");
        nrp = new NrpRequests(restconf);
    }

    /** The schema of a definition of the document, its references resolved within the document. */
    private JsonSchema schema(String ref) {
        ObjectNode schema = NrpRequests.JSON.createObjectNode();
        schema.put("$ref", ref);
        schema.set("definitions", swagger.get("definitions"));
        return schemas.getSchema(schema);
    }

    private void assertValid(String what, String ref, JsonNode body) {
        Set<ValidationMessage> errors = schema(ref).validate(body);
        assertTrue(what + " does not match " + ref + ": " + errors + "\n" + body, errors.isEmpty());
    }

    private static String input(String... membersAndValues) {
        ObjectNode body = NrpRequests.JSON.createObjectNode();
        ObjectNode input = body.putObject("input");
        for (int i = 0; i < membersAndValues.length; i += 2) {
            input.put(membersAndValues[i], membersAndValues[i + 1]);
        }
        return body.toString();
    }

    /** Calls an RPC and validates its answer against the document's 200 schema; returns the answer. */
    private JsonNode rpc(String name, String body) throws Exception {
        String path = "/operations/" + name + "/";
        JsonNode operation = swagger.path("paths").path(path).path("post");
        assertFalse("the document has " + path, operation.isMissingNode());
        if (operation.path("responses").has("204")) {
            nrp.rpc(name, body, 204);
            covered.add("POST " + path);
            return null;
        }
        JsonNode answer = nrp.rpc(name, body, 200);
        assertValid("POST " + path, operation.path("responses").path("200").path("schema").path("$ref").asText(),
                answer);
        covered.add("POST " + path);
        if (name.startsWith("get-")) {
            reads.put(name, body);
        }
        return answer;
    }

    /** Reads a data path of the document, filled with real uuids, and validates the answer. */
    private void data(String template, String... uuids) throws Exception {
        String path = template;
        for (String uuid : uuids) {
            path = path.replaceFirst("\\{[^}]+}", uuid);
        }
        HttpResponse<String> response = restconf.get("data" + path.substring("/data".length()));
        assertEquals("GET " + path + ": " + response.body(), 200, response.statusCode());
        JsonNode schemaRef = swagger.path("paths").path(template).path("get").path("responses").path("200")
                .path("schema").path("$ref");
        JsonNode answer = NrpRequests.JSON.readTree(response.body());
        assertValid("GET " + path, schemaRef.asText(), answer);
        covered.add("GET " + template);
        dataRead.add(path);
    }

    @Test
    public void everyOperationAndDataPathAnswersAsTheDocumentDefines() throws Exception {
        start();
        Map<String, String> sips = nrp.sipsByName();
        String sip = sips.get("pe1-uni-1");
        rpc("get-service-interface-point-list", null);
        rpc("get-service-interface-point-details", input("sip-id-or-name", sip));
        rpc("update-service-interface-point", input("sip-id-or-name", sip, "state", "UNLOCKED"));
        String topology = rpc("get-topology-list", null).path("output").path("topology").path(0).path("uuid")
                .asText();
        rpc("get-topology-details", input("topology-id-or-name", topology));
        JsonNode node = rpc("get-node-details", input("topology-id-or-name", topology, "node-id-or-name", "pe1"))
                .path("output").path("node");
        String link = rpc("get-link-details", input("topology-id-or-name", topology, "link-id-or-name", "pe1--pe2"))
                .path("output").path("link").path("uuid").asText();
        rpc("get-node-edge-point-details", input("topology-id-or-name", topology, "node-id-or-name", "pe1",
                "ep-id-or-name", "pe1/uni-1"));

        JsonNode service = rpc("create-connectivity-service", NrpRequests.eLine(sip, 100, sips.get("pe3-uni-1"),
                300)).path("output").path("service");
        String serviceId = service.path("uuid").asText();
        rpc("get-connectivity-service-list", null);
        rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(serviceId));
        String connectionId = service.path("connection").path(0).asText();
        rpc("get-connection-details", input("connection-id-or-name", connectionId));
        rpc("update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + serviceId + "\", "
                + "\"conn-constraint\": {\"requested-capacity\": {\"total-size\": {\"value\": 200, \"unit\": "
                + "\"MBPS\"}}}}}");
        String pathService = rpc("compute-p-2-p-path", "{\"input\": {\"sep\": [{\"service-interface-point\": \""
                + sip + "\"}, {\"service-interface-point\": \"" + sips.get("pe4-uni-1") + "\"}]}}")
                .path("output").path("service").path("uuid").asText();
        String pathId = restconf.getJson("data/context/path-comp-service=" + pathService + "/").path("path").path(0)
                .path("path-id").asText();
        rpc("optimize-p-2-p-path", input("path-id-or-name", pathId));

        JsonNode context = restconf.getJson("data/context/");
        data("/data/context/");
        data("/data/context/nw-topology-service/");
        data("/data/context/service-interface-point={uuid}/", sip);
        data("/data/context/topology={uuid}/", topology);
        data("/data/context/topology={uuid}/node={node-uuid}/", topology, node.path("uuid").asText());
        data("/data/context/topology={uuid}/link={link-uuid}/", topology, link);
        JsonNode cep = context.path("connection").path(0).path("connection-end-point").path(0);
        data("/data/context/topology={uuid}/node={node-uuid}/owned-node-edge-point={owned-node-edge-point-uuid}/",
                topology, cep.path("node-id").asText(), cep.path("owned-node-edge-point-id").asText());
        data("/data/context/topology={uuid}/node={node-uuid}/owned-node-edge-point={owned-node-edge-point-uuid}"
                + "/connection-end-point={connection-end-point-uuid}/", topology, cep.path("node-id").asText(),
                cep.path("owned-node-edge-point-id").asText(), cep.path("connection-end-point-id").asText());
        data("/data/context/connectivity-service={uuid}/", serviceId);
        data("/data/context/connection={uuid}/", connectionId);
        data("/data/context/path-comp-service={uuid}/", pathService);
        data("/data/context/path={uuid}/", pathId);
        // the demo network has no rule groups and no protection: these paths answer an RFC 8040 404
        for (String absent : List.of("/data/context/connection=" + connectionId + "/switch-control=none/",
                "/data/context/topology=" + topology + "/node=" + node.path("uuid").asText()
                        + "/node-rule-group=none/")) {
            HttpResponse<String> response = restconf.get("data" + absent.substring("/data".length()));
            assertEquals(absent, 404, response.statusCode());
            NrpRequests.restconfError(NrpRequests.JSON.readTree(response.body()));
        }

        assertEveryPathFormAnswersTheSame();

        rpc("delete-p-2-p-path", input("path-id-or-name", pathId));
        rpc("delete-connectivity-service", NrpRequests.serviceIdInput(serviceId));

        Set<String> documented = new TreeSet<>();
        swagger.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase() + " " + path.getKey())));
        documented.removeAll(covered);
        assertEquals("paths of the document whose answer was validated: all but the ones with nothing to answer in "
                + "the demo network", Set.of(
                "GET /data/context/connection={uuid}/switch-control={switch-control-uuid}/",
                "GET /data/context/topology={uuid}/node={node-uuid}/node-rule-group={node-rule-group-uuid}/",
                "GET /data/context/topology={uuid}/node={node-uuid}/node-rule-group={node-rule-group-uuid}"
                        + "/inter-rule-group={inter-rule-group-uuid}/"), documented);
        stopKaraf();
    }

    /** The YANG module of each data node, as RFC 7951 qualifies a node whose module differs from its parent's. */
    private static final Map<String, String> MODULES = Map.ofEntries(Map.entry("context", "tapi-common"),
            Map.entry("service-interface-point", "tapi-common"), Map.entry("nw-topology-service", "tapi-topology"),
            Map.entry("topology", "tapi-topology"), Map.entry("node", "tapi-topology"),
            Map.entry("link", "tapi-topology"), Map.entry("owned-node-edge-point", "tapi-topology"),
            Map.entry("connection-end-point", "tapi-connectivity"),
            Map.entry("connectivity-service", "tapi-connectivity"), Map.entry("connection", "tapi-connectivity"),
            Map.entry("path-comp-service", "tapi-path-computation"), Map.entry("path", "tapi-path-computation"));

    /**
     * The same reads in the other forms clients use: RPCs module-qualified (answered in RFC 7951) and without the
     * trailing slash; data paths RFC 8040 style (module-qualified, the answer in RFC 7951 under the node's qualified
     * name) and under the RESTCONF-draft datastores operational and config.
     */
    private void assertEveryPathFormAnswersTheSame() throws Exception {
        for (Map.Entry<String, String> read : reads.entrySet()) {
            String name = read.getKey();
            String module = name.contains("service-interface-point") ? "tapi-common"
                    : name.contains("connect") ? "tapi-connectivity" : "tapi-topology";
            String body = read.getValue();
            // read again now: what earlier calls changed (a service's end points) is in every form alike
            JsonNode expected = nrp.rpc(name + "/", body, 200);
            JsonNode qualified = nrp.rpc(module + ":" + name, body, 200);
            assertEquals(name, List.of(module + ":output"), fieldNames(qualified));
            // the 2018R2 modules give RPC outputs' edge points no connection-end-point (only the data tree's have
            // them), so RFC 7951 leaves it out there
            assertEquals(name, withoutEdgePointCeps(plain(expected.get("output"))),
                    plain(qualified.get(module + ":output")));
            assertEquals(name, expected, nrp.rpc(name, body, 200));
        }
        assertTrue("every read RPC: " + reads.keySet(), reads.size() >= 9);
        for (String swaggerPath : dataRead) {
            JsonNode expected = restconf.getJson(swaggerPath.substring(1));
            String relative = swaggerPath.substring("/data/".length());
            for (String datastore : List.of("operational/", "config/")) {
                assertEquals(datastore + relative, expected, restconf.getJson(datastore + relative));
            }
            String qualified = qualified(relative);
            JsonNode wrapped = restconf.getJson("data/" + qualified);
            assertEquals(qualified + ": " + wrapped, 1, wrapped.size());
            JsonNode inner = wrapped.elements().next();
            assertEquals(qualified, plain(expected), plain(inner.isArray() ? inner.get(0) : inner));
        }
    }

    /**
     * The content of a reply whatever its encoding: member names without module prefixes, values as text (RFC 7951
     * writes 64-bit integers as strings where the swagger's form has numbers). Rfc8040RepliesIT checks the RFC 7951
     * encoding itself with yanglint.
     */
    private static JsonNode plain(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode out = NrpRequests.JSON.createObjectNode();
            node.properties().forEach(member -> out.set(member.getKey().substring(member.getKey().indexOf(':') + 1),
                    plain(member.getValue())));
            return out;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = NrpRequests.JSON.createArrayNode();
            node.forEach(item -> out.add(plain(item)));
            return out;
        }
        return NrpRequests.JSON.getNodeFactory().textNode(node.asText());
    }

    /** The reply without the connection end points of its edge points. */
    private static JsonNode withoutEdgePointCeps(JsonNode node) {
        node.properties().forEach(member -> {
            if (member.getKey().equals("owned-node-edge-point") || member.getKey().equals("node-edge-point")) {
                JsonNode points = member.getValue().isArray() ? member.getValue()
                        : NrpRequests.JSON.createArrayNode().add(member.getValue());
                points.forEach(nep -> ((com.fasterxml.jackson.databind.node.ObjectNode) nep)
                        .remove("connection-end-point"));
            }
        });
        for (JsonNode child : node) {
            withoutEdgePointCeps(child);
        }
        return node;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** context/topology=T/node=N/ as RFC 8040 writes it: tapi-common:context/tapi-topology:topology=T/node=N. */
    private static String qualified(String swaggerPath) {
        StringBuilder path = new StringBuilder();
        String parentModule = null;
        for (String segment : swaggerPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.contains("=") ? segment.substring(0, segment.indexOf('=')) : segment;
            String module = MODULES.get(name);
            path.append(path.length() == 0 ? "" : "/")
                    .append(module.equals(parentModule) ? segment : module + ":" + segment);
            parentModule = module;
        }
        return path.toString();
    }

    @Test
    public void mediaTypesAreThoseOfRfc8040() throws Exception {
        start();
        byte[] body = "{\"input\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> yang = restconf.sendBytes("POST", "operations/get-topology-list", body,
                "Content-Type", "application/yang-data+json", "Accept", "application/yang-data+json");
        assertEquals(200, yang.statusCode());
        assertEquals("application/yang-data+json", yang.headers().firstValue("Content-Type").orElse(""));
        assertValid("yang-data+json answer", "#/definitions/tapi.topology.GetTopologyListOutput",
                NrpRequests.JSON.readTree(yang.body()));
        HttpResponse<String> xml = restconf.sendBytes("POST", "operations/get-topology-list", body,
                "Content-Type", "application/json", "Accept", "application/xml");
        assertEquals(406, xml.statusCode());
        NrpRequests.restconfError(NrpRequests.JSON.readTree(xml.body()));
        HttpResponse<String> form = restconf.sendBytes("POST", "operations/get-topology-list",
                "input=1".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Content-Type",
                "application/x-www-form-urlencoded");
        assertEquals(415, form.statusCode());
        NrpRequests.restconfError(NrpRequests.JSON.readTree(form.body()));
        stopKaraf();
    }

    /** The members of an object schema, through a reference and the parts of an allOf. */
    private Map<String, JsonNode> members(JsonNode schema) {
        Map<String, JsonNode> members = new java.util.LinkedHashMap<>();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return members(swagger.path("definitions").path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        schema.path("allOf").forEach(part -> members.putAll(members(part)));
        schema.path("properties").properties().forEach(m -> members.put(m.getKey(), m.getValue()));
        return members;
    }

    @Test
    public void requestsThatViolateTheDocumentsSchemaAreRefused() throws Exception {
        start();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : swagger.path("paths").properties()) {
            JsonNode operation = path.getValue().path("post");
            JsonNode parameter = operation.path("parameters").path(0);
            if (operation.isMissingNode() || parameter.isMissingNode()) {
                continue;
            }
            String ref = parameter.path("schema").path("$ref").asText();
            String definition = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, JsonNode> members = members(swagger.path("definitions").path(definition).path("properties")
                    .path("input"));
            // a value of the wrong JSON type for a text member of the input (else a list, else any)
            String member = members.entrySet().stream()
                    .filter(m -> "string".equals(m.getValue().path("type").asText())).map(Map.Entry::getKey)
                    .findFirst().orElseGet(() -> members.entrySet().stream()
                            .filter(m -> "array".equals(m.getValue().path("type").asText())).map(Map.Entry::getKey)
                            .findFirst().orElse(members.keySet().iterator().next()));
            JsonNode memberSchema = members.get(member);
            ObjectNode body = NrpRequests.JSON.createObjectNode();
            ObjectNode input = body.putObject("input");
            if ("string".equals(memberSchema.path("type").asText())) {
                input.put(member, 12345);
            } else {
                input.put(member, "not-" + member);
            }
            Set<ValidationMessage> violations = schema(ref).validate(body);
            assertFalse("the request " + body + " really violates " + ref, violations.isEmpty());
            String rpc = path.getKey().substring("/operations/".length(), path.getKey().length() - 1);
            JsonNode error = NrpRequests.restconfError(nrp.rpc(rpc, body.toString(), 400));
            // the server names the first problem it meets: the bad member, or a member the operation needs
            assertTrue(rpc + ": " + error, error.path("error-path").asText().startsWith("/input/"));
            checked.add(rpc);
        }
        assertEquals("every RPC with input", 14, checked.size());
        assertEquals(0, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service").size());
        stopKaraf();
    }
}
