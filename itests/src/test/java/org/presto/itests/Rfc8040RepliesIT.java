package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Every RFC 8040 reply is RFC 7951 JSON that libyang's yanglint accepts against the NRP 2018R2 YANG modules: the
 * whole context, every data resource below it, and every RPC's output, on a context holding an E-Line (with a
 * service level and EVC attributes), an E-LAN, an E-Tree, a photonic service and a computed path. The requests
 * themselves are written as RFC 7951 clients write them: module-qualified input, augmentations prefixed, 64-bit
 * numbers as strings.
 */
public class Rfc8040RepliesIT extends DistributionScriptSupport {
    /** Module-qualified RPC name and its input ({"tapi-...:input": ...}), or null for none. */
    private final Map<String, JsonNode> replies = new LinkedHashMap<>();
    private Yanglint yanglint;

    @Test
    public void everyReplyIsValidRfc7951() throws Exception {
        setCfg("etc/org.presto.driver.emulator.cfg", "network",
                ProjectFiles.example("tapi-metro-optical-context.json").toString());
        startKaraf();
        awaitRestconf();
        awaitSip("roadm-1-add-1");
        yanglint = new Yanglint(Files.createDirectories(karafHome.resolve("yanglint")));

        String eLine = create(input(classesAndEgressMap(endPoints("sw-1-uni-1:100", "sw-3-uni-1:300")),
                "POINT_TO_POINT_CONNECTIVITY",
                "\"service-level\": \"BEST_EFFORT\", \"requested-capacity\": {\"total-size\": {\"value\": \"100\","
                        + " \"unit\": \"MBPS\"}}", "\"nrp-interface:nrp-carrier-eth-connectivity-resource\": "
                        + "{\"max-frame-size\": \"2000\", \"ce-vlan-id-preservation\": \"RETAIN\"}"));
        create(input(classesByEndPointAndDscp(endPoints("sw-1-uni-1:200", "sw-2-uni-1:200", "sw-3-uni-1:200")),
                "MULTIPOINT_CONNECTIVITY", null, null));
        create(input(endPoints("sw-1-uni-1:210/ROOT", "sw-2-uni-1:210/LEAF", "sw-3-uni-1:210/LEAF"),
                "ROOTED_MULTIPOINT_CONNECTIVITY", null, null));
        create(input(endPoints("roadm-1-add-1", "roadm-2-add-1"), "POINT_TO_POINT_CONNECTIVITY",
                "\"requested-capacity\": {\"total-size\": {\"value\": 400, \"unit\": \"GBPS\"}}", null));
        rpc("tapi-connectivity:update-connectivity-service", "{\"service-id-or-name\": \"" + eLine + "\", "
                + "\"conn-constraint\": {\"requested-capacity\": {\"total-size\": {\"value\": \"200\", "
                + "\"unit\": \"MBPS\"}}}}");
        JsonNode computed = rpc("tapi-path-computation:compute-p-2-p-path", "{\"sep\": [{\"service-interface-point\": "
                + "\"" + sip("sw-1-uni-1") + "\"}, {\"service-interface-point\": \"" + sip("sw-2-uni-1") + "\"}]}");
        String path = computed.path("service").path("path").path(0).path("path-id").asText();
        rpc("tapi-path-computation:optimize-p-2-p-path", "{\"path-id-or-name\": \"" + path + "\"}");
        for (String none : List.of("tapi-common:get-service-interface-point-list", "tapi-topology:get-topology-list",
                "tapi-connectivity:get-connectivity-service-list")) {
            rpc(none, null);
        }

        JsonNode context = restconf.getJson("data/tapi-common:context");
        yanglint.data(context);
        JsonNode body = context.path("tapi-common:context");
        assertEquals(4, body.path("tapi-connectivity:connectivity-service").size());
        JsonNode kept = restconf.getJson("data/tapi-common:context/tapi-connectivity:connectivity-service=" + eLine)
                .path("tapi-connectivity:connectivity-service").path(0);
        assertEquals("BEST_EFFORT", kept.path("service-level").asText());
        assertEquals("2000", kept.path("nrp-interface:nrp-carrier-eth-connectivity-resource").path("max-frame-size")
                .asText());
        assertEquals(2, kept.path("end-point").path(1).path("nrp-interface:nrp-carrier-eth-connectivity-end-point-"
                + "resource").path("egress-map-list").size());

        details(body);
        for (Map.Entry<String, JsonNode> reply : replies.entrySet()) {
            yanglint.reply(reply.getKey().split(" ")[0], reply.getValue(), context);
        }
        everyDataResource(body);
        pagesOfLists(body);
        // keys by name (the imported file's topology is served as the file names it), in both syntaxes, a "/" or
        // a space in a key percent-encoded; and RFC 8040's query parameters
        JsonNode nep = restconf.getJson("data/tapi-common:context/tapi-topology:topology=metro%20over%20optical"
                + "/node=sw-1/owned-node-edge-point=sw-1%2Funi-1");
        assertEquals(nep, restconf.getJson("operational/tapi-common:context/tapi-topology:topology/"
                + "metro%20over%20optical/node/sw-1/owned-node-edge-point/sw-1%2Funi-1"));
        assertEquals("sw-1/uni-1", nep.path("tapi-topology:owned-node-edge-point").path(0).path("name").path(0)
                .path("value").asText());
        assertEquals(NrpRequests.JSON.readTree("{\"tapi-common:context\": {}}"),
                restconf.getJson("data/tapi-common:context?depth=1"));
        JsonNode config = restconf.getJson("data/tapi-common:context?content=config").path("tapi-common:context");
        assertTrue(config.has("tapi-connectivity:connectivity-service") && !config.has("tapi-topology:topology"));

        // a delete's reply names what is still there when it answers: checked against the context before it
        rpc("tapi-path-computation:delete-p-2-p-path", "{\"path-id-or-name\": \"" + path + "\"}");
        JsonNode deleted = rpc("tapi-connectivity:delete-connectivity-service",
                "{\"service-id-or-name\": \"" + eLine + "\"}");
        yanglint.reply("tapi-connectivity:delete-connectivity-service", deleted, context);
        yanglint.data(restconf.getJson("data/tapi-common:context"));
        theYangLibrary(context);
    }

    /**
     * The RESTCONF root and the YANG library: the library lists the modules with the very texts the replies were
     * validated with (each fetched from its location), and a schema built from the library alone (with Presto's
     * deviations) accepts the context.
     */
    private void theYangLibrary(JsonNode context) throws Exception {
        assertEquals(NrpRequests.JSON.readTree("{\"ietf-restconf:restconf\": {\"data\": {}, \"operations\": {}, "
                + "\"yang-library-version\": \"2019-01-04\"}}"), restconf.getJson(""));
        assertEquals("2019-01-04", restconf.getJson("yang-library-version").path("ietf-restconf:yang-library-version")
                .asText());
        JsonNode operations = restconf.getJson("operations").path("ietf-restconf:operations");
        assertEquals(17, operations.size());
        assertTrue(operations.has("tapi-connectivity:create-connectivity-service"));

        ObjectNode library = (ObjectNode) restconf.getJson("data/ietf-yang-library:yang-library");
        library.setAll((ObjectNode) restconf.getJson("data/ietf-yang-library:modules-state"));
        JsonNode set = library.path("ietf-yang-library:yang-library").path("module-set").path(0);
        int located = 0;
        for (JsonNode module : set.path("module")) {
            for (JsonNode location : module.path("location")) {
                String file = location.asText().substring(location.asText().lastIndexOf('/') + 1);
                assertTrue(file, Yanglint.MODULES.contains(file) || file.equals(Yanglint.DEVIATIONS));
                assertTrue(file, file.startsWith(module.path("name").asText()));
                HttpResponse<String> text = restconf.httpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(location.asText())).header("Authorization", restconf.authorization())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(location.asText(), 200, text.statusCode());
                assertEquals(location.asText(), Files.readString(yanglint.module(file)), text.body());
                located++;
            }
        }
        assertEquals("the deviations and the four TAPI modules and nrp-interface", 6, located);
        JsonNode nrp = set.path("module").findParent("deviation");
        assertEquals("nrp-interface", nrp.path("name").asText());
        assertEquals("[\"presto-nrp-deviations\"]", nrp.path("deviation").toString());
        yanglint.library(library, restconf.getJson("data/tapi-common:context"));
    }

    private void details(JsonNode context) throws Exception {
        JsonNode topology = context.path("tapi-topology:topology").path(0);
        JsonNode node = topology.path("node").path(0);
        String topo = "\"topology-id-or-name\": \"" + topology.path("uuid").asText() + "\"";
        rpc("tapi-common:get-service-interface-point-details", "{\"sip-id-or-name\": \"sw-2-uni-1\"}");
        rpc("tapi-topology:get-topology-details", "{" + topo + "}");
        rpc("tapi-topology:get-node-details", "{" + topo + ", \"node-id-or-name\": \"sw-1\"}");
        rpc("tapi-topology:get-node-edge-point-details", "{" + topo + ", \"node-id-or-name\": \""
                + node.path("uuid").asText() + "\", \"ep-id-or-name\": \""
                + node.path("owned-node-edge-point").path(0).path("uuid").asText() + "\"}");
        rpc("tapi-topology:get-link-details", "{" + topo + ", \"link-id-or-name\": \""
                + topology.path("link").path(0).path("uuid").asText() + "\"}");
        for (JsonNode service : context.path("tapi-connectivity:connectivity-service")) {
            rpc("tapi-connectivity:get-connectivity-service-details", "{\"service-id-or-name\": \""
                    + service.path("uuid").asText() + "\"}");
        }
        for (JsonNode connection : context.path("tapi-connectivity:connection")) {
            rpc("tapi-connectivity:get-connection-details", "{\"connection-id-or-name\": \""
                    + connection.path("uuid").asText() + "\"}");
        }
    }

    /**
     * Each data resource of the context answers its module-qualified name, and what it holds is the very subtree of
     * the whole context that yanglint accepted; a list entry comes as a list of one.
     */
    private void everyDataResource(JsonNode context) throws Exception {
        List<String[]> resources = new ArrayList<>();
        resources.add(new String[] {"", "tapi-common:context"});
        resources.add(new String[] {"/service-interface-point", "tapi-common:service-interface-point"});
        resources.add(new String[] {"/tapi-topology:nw-topology-service", "tapi-topology:nw-topology-service"});
        for (JsonNode sip : context.path("service-interface-point")) {
            resources.add(new String[] {"/service-interface-point=" + sip.path("uuid").asText(),
                "tapi-common:service-interface-point"});
        }
        for (JsonNode topology : context.path("tapi-topology:topology")) {
            String t = "/tapi-topology:topology=" + topology.path("uuid").asText();
            resources.add(new String[] {t, "tapi-topology:topology"});
            for (JsonNode node : topology.path("node")) {
                String n = t + "/node=" + node.path("uuid").asText();
                resources.add(new String[] {n, "tapi-topology:node"});
                for (JsonNode nep : node.path("owned-node-edge-point")) {
                    resources.add(new String[] {n + "/owned-node-edge-point=" + nep.path("uuid").asText(),
                        "tapi-topology:owned-node-edge-point"});
                }
            }
            for (JsonNode link : topology.path("link")) {
                resources.add(new String[] {t + "/link=" + link.path("uuid").asText(), "tapi-topology:link"});
            }
        }
        for (String list : List.of("connectivity-service", "connection")) {
            for (JsonNode entry : context.path("tapi-connectivity:" + list)) {
                String e = "/tapi-connectivity:" + list + "=" + entry.path("uuid").asText();
                resources.add(new String[] {e, "tapi-connectivity:" + list});
                for (JsonNode endPoint : entry.path("end-point")) {
                    resources.add(new String[] {e + "/end-point=" + endPoint.path("local-id").asText(),
                        "tapi-connectivity:end-point"});
                }
            }
        }
        for (String list : List.of("path-comp-service", "path")) {
            for (JsonNode entry : context.path("tapi-path-computation:" + list)) {
                resources.add(new String[] {"/tapi-path-computation:" + list + "=" + entry.path("uuid").asText(),
                    "tapi-path-computation:" + list});
            }
        }
        for (String[] resource : resources) {
            JsonNode reply = restconf.getJson("data/tapi-common:context" + resource[0]);
            assertEquals(resource[0], List.of(resource[1]), fieldNames(reply));
            JsonNode expected = subtree(context, resource[0]);
            JsonNode answered = reply.path(resource[1]);
            assertEquals(resource[0], expected, resource[0].matches(".*=[^/]*$") ? answered.path(0) : answered);
        }
        assertTrue(resources.size() > 40);
    }

    /**
     * Lists as GET targets, a page at a time (the IETF list pagination drafts): limit, offset, a cursor from the
     * reply's annotation, backwards, sort-by on a nested list; an offset past the end is 416, a page of no list 400.
     */
    private void pagesOfLists(JsonNode context) throws Exception {
        String services = "data/tapi-common:context/tapi-connectivity:connectivity-service";
        JsonNode all = context.path("tapi-connectivity:connectivity-service");
        JsonNode first = restconf.getJson(services + "?limit=3").path("tapi-connectivity:connectivity-service");
        assertEquals(3, first.size());
        JsonNode annotation = first.path(0).path("@");
        assertEquals(1, annotation.path("ietf-list-pagination:remaining").asInt());
        ObjectNode firstEntry = ((ObjectNode) first.path(0)).deepCopy();
        firstEntry.remove("@");
        assertEquals(all.path(0), firstEntry);
        assertEquals(all.path(2), first.path(2));
        JsonNode next = restconf.getJson(services + "?limit=3&cursor=" + annotation.path("ietf-list-pagination:next")
                .asText()).path("tapi-connectivity:connectivity-service");
        assertEquals(1, next.size());
        assertEquals(0, next.path(0).path("@").path("ietf-list-pagination:remaining").asInt());
        assertEquals(all.path(3).path("uuid"), next.path(0).path("uuid"));
        JsonNode last = restconf.getJson(services + "?direction=backwards&limit=1")
                .path("tapi-connectivity:connectivity-service");
        assertEquals(all.path(3).path("uuid"), last.path(0).path("uuid"));
        // the swagger's path: the page itself
        JsonNode swagger = restconf.getJson("data/context/connectivity-service?offset=1&limit=2");
        assertEquals(2, swagger.size());
        assertEquals(all.path(1).path("uuid"), swagger.path(0).path("uuid"));

        JsonNode topology = context.path("tapi-topology:topology").path(0);
        List<String> names = new ArrayList<>();
        topology.path("node").forEach(node -> names.add(node.path("name").path(0).path("value").asText()));
        names.sort(null);
        JsonNode sorted = restconf.getJson("data/tapi-common:context/tapi-topology:topology="
                + topology.path("uuid").asText() + "/node?sort-by=name/value&limit=2").path("tapi-topology:node");
        assertEquals(names.subList(0, 2), List.of(sorted.path(0).path("name").path(0).path("value").asText(),
                sorted.path(1).path("name").path(0).path("value").asText()));

        HttpResponse<String> past = restconf.get(services + "?offset=5");
        assertEquals(past.body(), 416, past.statusCode());
        assertTrue(past.body(), past.body().contains("\"error-app-tag\":\"offset-out-of-range\""));
        assertEquals(400, restconf.get(services + "=" + all.path(0).path("uuid").asText() + "?limit=1")
                .statusCode());
        assertEquals(400, restconf.get(services + "?limit=0").statusCode());
    }

    /** The subtree of the context a data path names, keys matched against uuid or local-id. */
    private static JsonNode subtree(JsonNode context, String path) {
        JsonNode node = context;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            int eq = segment.indexOf('=');
            String member = eq < 0 ? segment : segment.substring(0, eq);
            JsonNode child = node.has(member) ? node.get(member) : node.get(member.substring(member.indexOf(':') + 1));
            if (eq < 0) {
                node = child;
                continue;
            }
            String key = segment.substring(eq + 1);
            JsonNode found = null;
            for (JsonNode entry : child) {
                if (key.equals(entry.path("uuid").asText(null)) || key.equals(entry.path("local-id").asText(null))) {
                    found = entry;
                }
            }
            node = found;
        }
        return node;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String create(String input) throws Exception {
        return rpc("tapi-connectivity:create-connectivity-service", input).path("service").path("uuid").asText();
    }

    /** POSTs a module-qualified RPC with RFC 7951 input; keeps and returns the members of its qualified output. */
    private JsonNode rpc(String rpc, String input) throws Exception {
        String module = rpc.substring(0, rpc.indexOf(':'));
        String body = input == null ? null : "{\"" + module + ":input\": " + input + "}";
        HttpResponse<String> response = restconf.send("POST", "operations/" + rpc, body);
        assertEquals(rpc + ": " + response.body(), 200, response.statusCode());
        JsonNode reply = NrpRequests.JSON.readTree(response.body());
        assertEquals(rpc, List.of(module + ":output"), fieldNames(reply));
        replies.put(rpc + " " + replies.size(), reply.get(module + ":output"));
        return reply.get(module + ":output");
    }

    private String sip(String name) throws Exception {
        return new NrpRequests(restconf).sipsByName().get(name);
    }

    /** End points "SIP-NAME[:CE-VLAN][/ROLE]", the SIP named by its name. */
    private static ArrayNode endPoints(String... specs) {
        ArrayNode endPoints = NrpRequests.JSON.createArrayNode();
        for (String spec : specs) {
            String[] roleSplit = spec.split("/");
            String[] parts = roleSplit[0].split(":");
            ObjectNode ep = endPoints.addObject();
            ep.putObject("service-interface-point").put("service-interface-point-id", parts[0]);
            if (parts.length > 1) {
                ep.putObject("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")
                        .putObject("ce-vlan-id-list-and-untag").putArray("vlan-id").addObject()
                        .put("vlan-id", parts[1]);
            }
            if (roleSplit.length > 1) {
                ep.put("role", roleSplit[1]);
            }
        }
        return endPoints;
    }

    /**
     * The first end point classifies frames by PCP (H: 5, L: the rest), the second writes them as they leave (an
     * egress map of both C-tag forms): the MEF lists of the end point resource in the replies.
     */
    private static ArrayNode classesAndEgressMap(ArrayNode endPoints) throws Exception {
        ((ObjectNode) endPoints.get(0).path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource"))
                .setAll((ObjectNode) NrpRequests.JSON.readTree("""
                        {"cos-mapping-type": "PCP", "cos-identifier-list": [
                          {"cos-name": "H", "pcp-cos-id-pac": {"pcp-value-list": [5]}},
                          {"cos-name": "L", "pcp-cos-id-pac": {"pcp-value-list": [0, 1, 2, 3, 4, 6, 7]}}]}"""));
        ((ObjectNode) endPoints.get(1).path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource"))
                .setAll((ObjectNode) NrpRequests.JSON.readTree("""
                        {"egress-map-list": [
                          {"egress-map-type": "CN_C_TAG_PCP", "cos-name-to-pcp-pac-list": [
                            {"ingress-cos-name": "H", "pcp-value": "3"}]},
                          {"egress-map-type": "CC_C_TAG_DEI", "cos-name-and-color-to-dei-pac-list": [
                            {"ingress-cos-name": "L", "ingress-color": "YELLOW", "dei-value": "DISCARD"}]}]}"""));
        return endPoints;
    }

    /**
     * The E-LAN's first end point has one class for all its frames (END_POINT), the second classifies by the DSCP of
     * IPv4 and IPv6 packets at ingress and egress: the classes MEF's YANG only accepts with Presto's deviations.
     */
    private static ArrayNode classesByEndPointAndDscp(ArrayNode endPoints) throws Exception {
        ((ObjectNode) endPoints.get(0).path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource"))
                .setAll((ObjectNode) NrpRequests.JSON.readTree("""
                        {"cos-mapping-type": "END_POINT", "cos-identifier-list": [{"cos-name": "G"}]}"""));
        String rest = java.util.stream.IntStream.range(0, 64).filter(d -> d != 46).mapToObj(d -> "\"" + d + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        ((ObjectNode) endPoints.get(1).path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource"))
                .setAll((ObjectNode) NrpRequests.JSON.readTree(("""
                        {"cos-mapping-type": "DSCP", "cos-identifier-list": [
                          {"cos-name": "EF", "dscp-cos-id-pac": [{"ip-version": "IPV4_AND_IPV6",
                                                                  "dscp-value-list": ["46"]}]},
                          {"cos-name": "BE", "dscp-cos-id-pac": [{"ip-version": "IPV4_AND_IPV6",
                                                                  "dscp-value-list": [REST]}]}],
                         "eec-mapping-type": "DSCP", "eec-identifier-list": [
                          {"eec-name": "EF", "dscp-eec-id-pac": [{"ip-version": "IPV4", "dscp-value-list": ["46"]},
                                                                 {"ip-version": "IPV6", "dscp-value-list": ["46"]}]},
                          {"eec-name": "BE", "dscp-eec-id-pac": [{"ip-version": "IPV4_AND_IPV6",
                                                                  "dscp-value-list": [REST]}]}]}""")
                        .replace("REST", rest)));
        return endPoints;
    }

    private static String input(ArrayNode endPoints, String type, String constraint, String extra) {
        return "{\"end-point\": " + endPoints + ", \"conn-constraint\": {\"service-type\": \"" + type + "\""
                + (constraint == null ? "" : ", " + constraint) + "}" + (extra == null ? "" : ", " + extra) + "}";
    }
}
