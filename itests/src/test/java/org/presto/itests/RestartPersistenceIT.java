package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.Test;

/**
 * What an operator does: bin/start, an orchestrator creates a service, bin/stop, bin/start — the service, its
 * connections and the device configuration are all still there, and the service can still be deleted.
 */
public class RestartPersistenceIT extends DistributionScriptSupport {

    @Test
    public void servicesAndDeviceConfigurationSurviveARestart() throws Exception {
        startKaraf();
        awaitRestconf();
        NrpRequests nrp = new NrpRequests(restconf);
        Map<String, String> sips = nrp.sipsByName();
        JsonNode created = nrp.rpc("create-connectivity-service",
                NrpRequests.eLine(sips.get("pe1-uni-1"), 100, sips.get("pe4-uni-1"), 400), 200);
        String uuid = created.path("output").path("service").path("uuid").asText();
        String configBefore = client("presto:device-config pe4");
        assertTrue(configBefore, configBefore.contains(uuid));

        restartKaraf();

        JsonNode service = nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                .path("output").path("service");
        assertEquals(created.path("output").path("service"), service);
        JsonNode context = restconf.getJson("data/tapi-common:context").path("tapi-common:context");
        assertEquals(uuid, context.path("tapi-connectivity:connectivity-service").path(0).path("uuid").asText());
        assertTrue(context.path("tapi-connectivity:connection").size() >= 3);
        assertEquals(configBefore, client("presto:device-config pe4"));
        String listed = client("presto:service-list");
        assertTrue(listed, listed.contains(uuid) && listed.contains("INSTALLED"));

        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
        String configAfter = client("presto:device-config pe4");
        assertTrue(configAfter, configAfter.contains("0 forwarding entries"));
        stopKaraf();
    }
}
