package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

/**
 * The MEF Presto SDK's tutorial (documentation/tutorial of MEF-GIT/MEF-LSO-Presto-SDK, tag grace), request for
 * request as its script sends them with curl: HTTP Basic credentials, the RESTCONF-draft topology path with the
 * topology's name as key, the create body exactly as published (service-level BEST_EFFORT, the EVC's max frame size
 * as a string, SIPs named by name), the list, and the delete. The network is the tutorial's mininet network
 * (switches s1, s2, s3; hosts on s1 and s2), imported from docs/examples/mef-sdk-tutorial-context.json, whose SIPs
 * carry the names the tutorial uses.
 */
public class MefSdkTutorialIT extends DistributionScriptSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * curl --basic -u admin:admin: the tutorial's credentials, which the test gives a user of Karaf's realm (the
     * distribution ships no user).
     */
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "admin:admin".getBytes(StandardCharsets.US_ASCII));

    /** Step 2's body as the tutorial publishes it; curl's --data-ascii @- drops the line breaks. */
    private static final String CREATE = """
            {
              "input": {
                "end-point": [
                  {
                    "service-interface-point": {
                      "service-interface-point-id" :"sip:ovs-node:s1:s1-eth1"

                    },
                    "direction": "BIDIRECTIONAL",
                    "layer-protocol-name": "ETH",
                    "nrp-carrier-eth-connectivity-end-point-resource": {
                      "ce-vlan-id-list-and-untag": {
                        "vlan-id":[
                          {
                            "vlan-id": 301
                          }
                        ]
                      }
                    }
                  },
                  {
                    "service-interface-point": {
                      "service-interface-point-id" :"sip:ovs-node:s2:s2-eth1"
                    },
                    "direction": "BIDIRECTIONAL",
                    "layer-protocol-name": "ETH",
                    "nrp-carrier-eth-connectivity-end-point-resource": {
                      "ce-vlan-id-list-and-untag": {
                        "vlan-id":[
                          {
                            "vlan-id": 301
                          }
                        ]
                      }
                    }
                  }
                ],
                "conn-constraint": {
                  "service-type": "POINT_TO_POINT_CONNECTIVITY",
                  "service-level": "BEST_EFFORT"
                },
                "nrp-interface:nrp-carrier-eth-connectivity-resource": {
                  "max-frame-size": "2000"
                }
              }
            }
            """.replace("\n", "");

    @Test
    public void theTutorialRunsUnchanged() throws Exception {
        Path network = karafHome.resolve("etc/mef-sdk-tutorial-context.json");
        Files.copy(ProjectFiles.example("mef-sdk-tutorial-context.json"), network);
        setCfg("etc/org.presto.driver.emulator.cfg", "network", network.toString());
        addApiUser("admin", "admin", "admin");
        startKaraf();
        awaitRestconf();
        awaitSip("sip:ovs-node:s1:s1-eth1");
        String levels = client("presto:service-levels");
        assertTrue(levels, levels.contains("BEST_EFFORT") && levels.contains("default (least cost)"));

        // step 1: the topology by its name, in the RESTCONF drafts' syntax
        HttpResponse<String> topology = send(HttpRequest.newBuilder(restconf.uri(
                "operational/tapi-common:context/tapi-topology:topology/mef:presto-nrp-topology")).GET());
        assertEquals(topology.body(), 200, topology.statusCode());
        JsonNode nodes = JSON.readTree(topology.body()).path("tapi-topology:topology").path(0).path("node");
        Set<String> switches = new HashSet<>();
        nodes.forEach(node -> switches.add(node.path("name").path(0).path("value").asText()));
        assertEquals(Set.of("s1", "s2", "s3"), switches);

        // step 2: create
        HttpResponse<String> created = send(post("operations/tapi-connectivity:create-connectivity-service")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE)));
        assertEquals(created.body(), 200, created.statusCode());
        // the RPC is named as RFC 8040 names it, so the reply is RFC 7951: module-qualified, int64 as a string
        JsonNode service = JSON.readTree(created.body()).path("tapi-connectivity:output").path("service");
        String uuid = service.path("uuid").asText();
        assertEquals("BEST_EFFORT", service.path("service-level").asText());
        assertEquals("2000", service.path("nrp-interface:nrp-carrier-eth-connectivity-resource")
                .path("max-frame-size").asText());
        String s3 = client("presto:device-config s3");
        assertTrue("the E-Line crosses s3: " + s3, s3.contains(uuid));

        // step 3: the list, a POST without a body
        HttpResponse<String> list = send(post("operations/tapi-connectivity:get-connectivity-service-list")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(list.body(), 200, list.statusCode());
        JsonNode listed = JSON.readTree(list.body()).path("tapi-connectivity:output").path("service");
        assertEquals(1, listed.size());
        assertEquals(uuid, listed.path(0).path("uuid").asText());
        assertEquals("301", listed.path(0).path("end-point").path(0)
                .path("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource").path("ce-vlan-id-list-and-untag")
                .path("vlan-id").path(0).path("vlan-id").asText());

        // step 4: delete by the uuid step 3 listed
        HttpResponse<String> deleted = send(post("operations/tapi-connectivity:delete-connectivity-service")
                .POST(HttpRequest.BodyPublishers.ofString("{  \"input\" : {    \"service-id-or-name\" : \"" + uuid
                        + "\"  }}")));
        assertEquals(deleted.body(), 200, deleted.statusCode());
        assertTrue(!client("presto:device-config s3").contains(uuid));
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(restconf.uri(path)).header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return restconf.httpClient().send(request.header("Authorization", BASIC).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
