package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The path computation RPCs over HTTP in the real distribution: a computed path is kept in the context and readable
 * at its data path, optimize recomputes it in place, delete removes it, and bad requests change nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PathComputationIT extends PrestoKarafTestSupport {
    private NrpRequests nrp;
    private Map<String, String> sips;

    @Before
    public void ready() throws Exception {
        waitForRestconf();
        nrp = new NrpRequests(restconf());
        sips = nrp.sipsByName();
    }

    private String computeInput(String sipA, String sipZ, String objective) {
        ObjectNode body = NrpRequests.JSON.createObjectNode();
        ObjectNode input = body.putObject("input");
        input.putArray("sep").addObject().put("service-interface-point", sipA);
        input.withArray("sep").addObject().put("service-interface-point", sipZ).put("role", "SYMMETRIC");
        if (objective != null) {
            input.putObject("objective-function").put("cost-optimization", objective);
        }
        return body.toString();
    }

    @Test
    public void computeReadOptimizeAndDelete() throws Exception {
        JsonNode service = nrp.rpc("tapi-path-computation:compute-p-2-p-path",
                computeInput(sips.get("pe1-uni-1"), sips.get("pe3-uni-2"), null), 200)
                .path("tapi-path-computation:output").path("service");
        String serviceId = service.path("uuid").asText();
        String pathId = service.path("path").path(0).path("path-id").asText();
        assertEquals(2, service.path("end-point").size());

        JsonNode path = restconf().getJson("data/context/path=" + pathId + "/");
        assertEquals(2, path.path("link").size());
        String topology = path.path("link").path(0).path("topology-id").asText();
        String firstLink = path.path("link").path(0).path("link-id").asText();
        assertEquals("pe1--pe2", restconf().getJson("data/context/topology=" + topology + "/link=" + firstLink + "/")
                .path("name").path(0).path("value").asText());
        assertEquals(serviceId, restconf().getJson("data/tapi-common:context/tapi-path-computation:path-comp-service="
                + serviceId).path("tapi-path-computation:path-comp-service").path(0).path("uuid").asText());

        JsonNode optimized = nrp.rpc("optimize-p-2-p-path/", "{\"input\": {\"path-id-or-name\": \"" + pathId
                + "\", \"objective-function\": {\"cost-optimization\": \"DONT_CARE\"}}}", 200).path("output")
                .path("service");
        assertEquals(pathId, optimized.path("path").path(0).path("path-id").asText());
        assertEquals("DONT_CARE", optimized.path("objective-function").path("cost-optimization").asText());

        String shown = executeCommand("presto:path-compute --capacity-mbps 10 pe1-uni-1 pe3-uni-2");
        assertTrue(shown, shown.contains("pe1--pe2") && shown.contains("pe2--pe3"));
        String shownId = shown.lines().findFirst().orElseThrow().split(" ")[1];
        nrp.rpc("delete-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"" + shownId + "\"}}", 200);

        JsonNode deleted = nrp.rpc("delete-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"" + pathId + "\"}}",
                200).path("output").path("service");
        assertEquals(serviceId, deleted.path("uuid").asText());
        assertEquals(404, restconf().get("data/context/path=" + pathId + "/").statusCode());
    }

    @Test
    public void theShellExploresPairsWaypointsAndAlternativesWithoutKeepingThem() throws Exception {
        String pair = executeCommand("presto:path-compute --disjoint node pe1-uni-1 pe3-uni-2");
        assertTrue(pair, pair.contains("Path 1 of 2: metric 200") && pair.contains("Path 2 of 2: metric 350")
                && pair.contains("[pe1, pe4, pe3]") && pair.contains("Not kept"));
        String waypoint = executeCommand("presto:path-compute --include pe6 --include pe4--pe5 pe1-uni-1 pe3-uni-2");
        assertTrue(waypoint, waypoint.contains("[pe1, pe6, pe5, pe4, pe3]"));
        String three = executeCommand("presto:path-compute --paths 3 --exclude-link pe1--pe4 pe1-uni-1 pe3-uni-2");
        assertTrue(three, three.contains("Path 2 of 2") && !three.contains("Path 3"));
        String bounded = executeCommand("presto:path-compute --max-hops 2 --exclude-node pe2 pe1-uni-1 pe3-uni-2");
        assertTrue(bounded, bounded.contains("[pe1, pe4, pe3]"));
        AssertionError tooFew = org.junit.Assert.assertThrows(AssertionError.class,
                () -> executeCommand("presto:path-compute --max-hops 1 pe1-uni-1 pe3-uni-2"));
        assertTrue(tooFew.getMessage(), tooFew.getMessage().contains("more than 1 links"));
        AssertionError sideways = org.junit.Assert.assertThrows(AssertionError.class,
                () -> executeCommand("presto:path-compute --disjoint sideways pe1-uni-1 pe3-uni-2"));
        assertTrue(sideways.getMessage(), sideways.getMessage().contains("--disjoint is link, node or srlg"));
        JsonNode context = restconf().getJson("data/tapi-common:context").path("tapi-common:context");
        assertTrue(context.toString(), context.path("tapi-path-computation:path").isMissingNode());
    }

    @Test
    public void badRequestsAreRefusedAndKeepNothing() throws Exception {
        assertEquals("/input/sep[1]/service-interface-point", NrpRequests.restconfError(nrp.rpc(
                "compute-p-2-p-path", computeInput(sips.get("pe1-uni-1"), "no-such-sip", null), 404))
                .path("error-path").asText());
        assertEquals("/input/objective-function/cost-optimization", NrpRequests.restconfError(nrp.rpc(
                "compute-p-2-p-path", computeInput(sips.get("pe1-uni-1"), sips.get("pe2-uni-1"), "MAXIMIZE"), 400))
                .path("error-path").asText());
        NrpRequests.restconfError(nrp.rpc("compute-p-2-p-path", computeInput(sips.get("pe1-uni-1"),
                sips.get("pe2-uni-1"), "SOMETIMES"), 400));
        NrpRequests.restconfError(nrp.rpc("delete-p-2-p-path", "{\"input\": {\"path-id-or-name\": \"nope\"}}",
                404));
        ObjectNode tooMuch = (ObjectNode) NrpRequests.JSON.readTree(computeInput(sips.get("pe1-uni-1"),
                sips.get("pe3-uni-1"), null));
        ((ObjectNode) tooMuch.path("input")).putObject("routing-constraint").putObject("requested-capacity")
                .putObject("total-size").put("value", 200).put("unit", "GBPS");
        JsonNode bandwidth = NrpRequests.restconfError(nrp.rpc("compute-p-2-p-path", tooMuch.toString(), 409));
        assertEquals("insufficient-bandwidth", bandwidth.path("error-app-tag").asText());
        JsonNode context = restconf().getJson("data/tapi-common:context").path("tapi-common:context");
        assertTrue(context.toString(), context.path("tapi-path-computation:path").isMissingNode());
        AssertionError wrong = org.junit.Assert.assertThrows(AssertionError.class,
                () -> executeCommand("presto:path-compute --objective sideways pe1-uni-1 pe3-uni-1"));
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("--objective is cost or hops"));
    }
}
