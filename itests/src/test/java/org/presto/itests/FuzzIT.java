package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Fuzzes every RPC of the real distribution with malformed and hostile bodies made from valid ones: wrong types,
 * huge strings and lists, unknown members, deep nesting, bytes that are not UTF-8, truncated and random bodies,
 * duplicate members, absurd numbers. Every answer must be a 2xx or a 4xx RFC 8040 error without Java internals,
 * never a 5xx; a refused request changes nothing; and at the end the devices hold exactly what the accepted
 * requests made, which deleting their services clears. The seed is fixed, so a failure can be replayed.
 */
public class FuzzIT extends DistributionScriptSupport {
    private static final long SEED = 20261124L;
    private static final int ROUNDS_PER_OPERATION = 24;
    private static final Set<Integer> ACCEPTED = Set.of(200, 204);
    private static final Set<Integer> REFUSED = Set.of(400, 404, 409, 413, 415);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random = new Random(SEED);
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private NrpRequests nrp;

    @Test
    public void hostileInputIsRefusedCleanlyAndChangesNothing() throws Exception {
        startKaraf();
        awaitRestconf();
        nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        String topology = nrp.rpc("get-topology-list", null, 200).path("output").path("topology").path(0)
                .path("uuid").asText();
        // a service and a path for the operations that name one
        String service = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe2-uni-2"), 7,
                sips.get("pe5-uni-2"), 7), 200).path("output").path("service").path("uuid").asText();
        Map<String, String> valid = validBodies(sips, topology, service);

        int requests = 0;
        for (Map.Entry<String, String> operation : valid.entrySet()) {
            JsonNode seed = NrpRequests.JSON.readTree(operation.getValue());
            for (int round = 0; round < ROUNDS_PER_OPERATION; round++) {
                byte[] body = mutate(seed, round);
                check(operation.getKey(), body);
                requests++;
            }
        }
        assertTrue(requests >= 17 * ROUNDS_PER_OPERATION);
        System.out.println("FuzzIT: " + requests + " hostile requests, answers by status: " + statuses);
        int refused = statuses.entrySet().stream().filter(e -> REFUSED.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        assertTrue("most hostile requests must be refused, not answered: " + statuses, refused * 4 >= requests * 3);

        // whatever the fuzzer's accepted requests made, deleting every service leaves the devices clean
        for (JsonNode left : nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service")) {
            nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(left.path("uuid").asText()), 200);
        }
        for (int node = 1; node <= 6; node++) {
            String config = client("presto:device-config pe" + node);
            assertTrue(config, config.contains("0 forwarding entries"));
        }
        stopKaraf();
    }

    private Map<String, String> validBodies(Map<String, String> sips, String topology, String service) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String sip = sips.get("pe1-uni-1");
        bodies.put("create-connectivity-service", NrpRequests.eLine(sip, 100, sips.get("pe3-uni-1"), 300));
        bodies.put("update-connectivity-service", "{\"input\": {\"service-id-or-name\": \"" + service + "\", "
                + "\"end-point\": {\"local-id\": \"ep-a\", \"nrp-carrier-eth-connectivity-end-point-resource\": "
                + "{\"ce-vlan-id-list-and-untag\": {\"vlan-id\": [{\"vlan-id\": 8}]}}}, \"conn-constraint\": "
                + "{\"requested-capacity\": {\"total-size\": {\"value\": 50, \"unit\": \"MBPS\"}}}}}");
        bodies.put("delete-connectivity-service", NrpRequests.serviceIdInput("no-such-service"));
        bodies.put("get-connectivity-service-list", "{\"input\": {}}");
        bodies.put("get-connectivity-service-details", NrpRequests.serviceIdInput(service));
        bodies.put("get-connection-details", "{\"input\": {\"connection-id-or-name\": \"x\", "
                + "\"service-id-or-name\": \"" + service + "\"}}");
        bodies.put("get-service-interface-point-list", "{\"input\": {}}");
        bodies.put("get-service-interface-point-details", "{\"input\": {\"sip-id-or-name\": \"" + sip + "\"}}");
        bodies.put("update-service-interface-point", "{\"input\": {\"sip-id-or-name\": \"" + sip
                + "\", \"state\": \"UNLOCKED\"}}");
        bodies.put("get-topology-list", "{\"input\": {}}");
        bodies.put("get-topology-details", "{\"input\": {\"topology-id-or-name\": \"" + topology + "\"}}");
        bodies.put("get-node-details", "{\"input\": {\"topology-id-or-name\": \"" + topology
                + "\", \"node-id-or-name\": \"pe1\"}}");
        bodies.put("get-link-details", "{\"input\": {\"topology-id-or-name\": \"" + topology
                + "\", \"link-id-or-name\": \"pe1--pe2\"}}");
        bodies.put("get-node-edge-point-details", "{\"input\": {\"topology-id-or-name\": \"" + topology
                + "\", \"node-id-or-name\": \"pe1\", \"ep-id-or-name\": \"pe1/uni-1\"}}");
        bodies.put("compute-p-2-p-path", "{\"input\": {\"sep\": [{\"service-interface-point\": \"" + sip
                + "\"}, {\"service-interface-point\": \"" + sips.get("pe4-uni-1") + "\"}], \"objective-function\": "
                + "{\"cost-optimization\": \"MINIMIZE\"}, \"routing-constraint\": {\"requested-capacity\": "
                + "{\"total-size\": {\"value\": 10, \"unit\": \"MBPS\"}}}}}");
        bodies.put("optimize-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"no-such-path\", "
                + "\"objective-function\": {\"cost-optimization\": \"DONT_CARE\"}}}");
        bodies.put("delete-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"no-such-path\"}}");
        return bodies;
    }

    /** Sends one hostile body and checks the answer; a refused request must leave the services as they were. */
    private void check(String operation, byte[] body) throws Exception {
        String before = services();
        HttpResponse<String> response = restconf.sendBytes("POST", "operations/" + operation, body,
                "Content-Type", "application/json", "Accept", "application/json");
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String what = operation + " with " + preview(body) + " answered " + status + ": " + response.body();
        assertTrue(what, ACCEPTED.contains(status) || REFUSED.contains(status));
        if (REFUSED.contains(status)) {
            NrpRequests.restconfError(NrpRequests.JSON.readTree(response.body()));
            assertEquals("a refused request changed the services: " + what, before, services());
        }
    }

    private String services() throws Exception {
        return nrp.rpc("get-connectivity-service-list", null, 200).path("output").toString();
    }

    private byte[] mutate(JsonNode seed, int round) {
        JsonNode copy = seed.deepCopy();
        List<String> paths = new ArrayList<>();
        collect(copy, "", paths);
        String at = paths.get(random.nextInt(paths.size()));
        switch (round % 12) {
            case 0 -> replace(copy, at, NODES.numberNode(random.nextLong()));
            case 1 -> replace(copy, at, NODES.booleanNode(true));
            case 2 -> replace(copy, at, NODES.textNode("x".repeat(2_000_000)));
            case 3 -> {
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 200_000; i++) {
                    huge.addObject().put("local-id", "ep-" + i);
                }
                replace(copy, at, huge);
            }
            case 4 -> replace(copy, at, NODES.objectNode().put("unknown-member-" + random.nextInt(1000), 1));
            case 5 -> {
                return deeplyNested(copy.toString(), 5_000);
            }
            case 6 -> {
                return notUtf8(copy.toString());
            }
            case 7 -> {
                byte[] text = copy.toString().getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(text, random.nextInt(text.length));
            }
            case 8 -> {
                byte[] noise = new byte[1 + random.nextInt(4096)];
                random.nextBytes(noise);
                return noise;
            }
            case 9 -> replace(copy, at, NODES.numberNode(new java.math.BigDecimal("1e400")));
            case 10 -> replace(copy, at, NODES.nullNode());
            default -> {
                String text = copy.toString();
                // a duplicate member: the same name twice in the input object
                return text.replaceFirst("\\{\"input\":\\{", "{\"input\":{\"a\":1,\"a\":2,")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            node.properties().forEach(m -> collect(m.getValue(), path + "/" + m.getKey().replace("~", "~0")
                    .replace("/", "~1"), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static byte[] deeplyNested(String valid, int depth) {
        String inner = "[".repeat(depth) + "]".repeat(depth);
        return valid.replaceFirst("\\{\"input\":\\{", "{\"input\":{\"nested\":" + inner + ",")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] notUtf8(String valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.lastIndexOf('"');
        out.write(text, 0, quote);
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, 0, 4);
        out.write(text, quote, text.length - quote);
        return out.toByteArray();
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        return body.length > 160 ? text + "... (" + body.length + " bytes)" : text;
    }
}
