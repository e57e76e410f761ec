package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The topology detail RPCs and update-service-interface-point over HTTP in the real distribution: objects named by
 * uuid or by name, unknown ones answered 404 with the input member as error-path, and a LOCKED SIP refusing new
 * services until it is UNLOCKED again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TopologyAndSipOperationsIT extends PrestoKarafTestSupport {
    private NrpRequests nrp;
    private Map<String, String> sips;
    private String topology;

    @Before
    public void ready() throws Exception {
        waitForRestconf();
        nrp = new NrpRequests(restconf());
        sips = nrp.sipsByName();
        topology = nrp.rpc("get-topology-list", null, 200).path("output").path("topology").path(0).path("uuid")
                .asText();
    }

    private static String input(String... membersAndValues) {
        var input = NrpRequests.JSON.createObjectNode();
        var members = input.putObject("input");
        for (int i = 0; i < membersAndValues.length; i += 2) {
            members.put(membersAndValues[i], membersAndValues[i + 1]);
        }
        return input.toString();
    }

    @Test
    public void nodesLinksAndEdgePointsByUuidOrName() throws Exception {
        JsonNode node = nrp.rpc("get-node-details", input("topology-id-or-name", topology,
                "node-id-or-name", "pe2"), 200).path("output").path("node");
        // the module-qualified name answers the same node in RFC 7951
        assertEquals(node.path("uuid"), nrp.rpc("tapi-topology:get-node-details", input("topology-id-or-name",
                topology, "node-id-or-name", "pe2"), 200).path("tapi-topology:output").path("node").path("uuid"));
        assertEquals("pe2", node.path("name").path(0).path("value").asText());
        String nodeUuid = node.path("uuid").asText();
        assertEquals(node, nrp.rpc("get-node-details/", input("topology-id-or-name", topology, "node-id-or-name",
                nodeUuid), 200).path("output").path("node"));

        JsonNode link = nrp.rpc("get-link-details", input("topology-id-or-name", topology, "link-id-or-name",
                "pe1--pe2"), 200).path("output").path("link");
        assertEquals(2, link.path("node-edge-point").size());
        assertEquals(link, nrp.rpc("get-link-details", input("topology-id-or-name", topology, "link-id-or-name",
                link.path("uuid").asText()), 200).path("output").path("link"));

        JsonNode nep = nrp.rpc("get-node-edge-point-details", input("topology-id-or-name", topology,
                "node-id-or-name", "pe2", "ep-id-or-name", "pe2/uni-1"), 200).path("output").path("node-edge-point");
        assertEquals(sips.get("pe2-uni-1"), nep.path("mapped-service-interface-point").path(0)
                .path("service-interface-point-id").asText());
        assertEquals(nep, restconf().getJson("data/context/topology=" + topology + "/node=" + nodeUuid
                + "/owned-node-edge-point=" + nep.path("uuid").asText() + "/"));
    }

    @Test
    public void unknownObjectsAndMissingMembersAreRefused() throws Exception {
        assertEquals("/input/node-id-or-name", NrpRequests.restconfError(nrp.rpc("get-node-details",
                input("topology-id-or-name", topology, "node-id-or-name", "pe9"), 404)).path("error-path").asText());
        assertEquals("/input/topology-id-or-name", NrpRequests.restconfError(nrp.rpc("get-link-details",
                input("topology-id-or-name", "nope", "link-id-or-name", "pe1--pe2"), 404)).path("error-path")
                .asText());
        assertEquals("/input/ep-id-or-name", NrpRequests.restconfError(nrp.rpc("get-node-edge-point-details",
                input("topology-id-or-name", topology, "node-id-or-name", "pe2", "ep-id-or-name", "pe3/uni-1"), 404))
                .path("error-path").asText());
        NrpRequests.restconfError(nrp.rpc("get-node-details", input("topology-id-or-name", topology), 400));
        NrpRequests.restconfError(nrp.rpc("update-service-interface-point", input("sip-id-or-name", "pe1-uni-1",
                "state", "HALF_LOCKED"), 400));
        assertEquals("/input/sip-id-or-name", NrpRequests.restconfError(nrp.rpc("update-service-interface-point",
                input("sip-id-or-name", "no-such-sip", "state", "LOCKED"), 404)).path("error-path").asText());
    }

    @Test
    public void aLockedSipTakesNoNewService() throws Exception {
        String sip = sips.get("pe4-uni-2");
        nrp.rpc("tapi-common:update-service-interface-point", input("sip-id-or-name", "pe4-uni-2", "state",
                "LOCKED"), 204);
        assertEquals("LOCKED", nrp.rpc("get-service-interface-point-details", input("sip-id-or-name", sip), 200)
                .path("output").path("sip").path("administrative-state").asText());
        JsonNode refused = NrpRequests.restconfError(nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("pe1-uni-2"), 40, sip, 40), 409));
        assertTrue(refused.toString(), refused.path("error-message").asText().contains("LOCKED"));
        assertEquals(0, nrp.rpc("get-connectivity-service-list", null, 200).path("output").path("service").size());
        String shown = executeCommand("presto:sip-list");
        assertTrue(shown, shown.contains("LOCKED"));

        executeCommand("presto:sip-state pe4-uni-2 UNLOCKED");
        JsonNode created = nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("pe1-uni-2"), 40, sip, 40), 200);
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(created.path("output").path("service")
                .path("uuid").asText()), 200);
    }
}
