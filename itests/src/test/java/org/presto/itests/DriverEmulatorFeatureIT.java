package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * The emulator driver is a feature of its own: an operator can remove it without disturbing the rest of Presto, and
 * install it again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DriverEmulatorFeatureIT extends PrestoKarafTestSupport {

    private static final String FEATURE = "presto-driver-emulator";
    private static final String BUNDLE = "presto-driver-emulator";

    @Test
    public void uninstallRemovesOnlyTheEmulatorBundleAndInstallBringsItBack() throws Exception {
        waitForBundleState(BUNDLE, Bundle.ACTIVE, Duration.ofSeconds(30));

        // every other bundle, by symbolic name: id and state before
        Map<String, String> before = snapshotExcept(BUNDLE);
        List<String> stoppedOthers = Collections.synchronizedList(new ArrayList<>());
        BundleListener listener = event -> {
            String name = event.getBundle().getSymbolicName();
            if (event.getType() == BundleEvent.STOPPED && !BUNDLE.equals(name)) {
                stoppedOthers.add(name);
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            executeCommand("feature:uninstall " + FEATURE);
        } finally {
            bundleContext.removeBundleListener(listener);
        }

        assertNull("the emulator bundle is still installed", bundle(BUNDLE));
        assertFalse(featuresService.isInstalled(featuresService.getFeature(FEATURE)));
        assertEquals("other bundles were stopped (refreshed) by the uninstall", List.of(), stoppedOthers);
        assertEquals("other bundles changed (id/state) after the uninstall", before, snapshotExcept(BUNDLE));
        for (String name : List.of("presto", "presto-core", "presto-api", "presto-shell")) {
            assertTrue(name + " is no longer installed", featuresService.isInstalled(featuresService.getFeature(name)));
        }

        executeCommand("feature:install " + FEATURE);
        waitForBundleState(BUNDLE, Bundle.ACTIVE, Duration.ofSeconds(30));
        assertTrue(featuresService.isInstalled(featuresService.getFeature(FEATURE)));
    }

    @Test
    public void nodesOfAnAbsentDriverAreReportedUnavailableAndComeBackWithIt() throws Exception {
        waitForRestconf();
        NrpRequests nrp = new NrpRequests(restconf());
        Map<String, String> sips = nrp.sipsByName();
        String uuid = nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe1-uni-2"), 42,
                sips.get("pe4-uni-2"), 42), 200).path("output").path("service").path("uuid").asText();

        executeCommand("feature:uninstall " + FEATURE);
        assertNull(bundle(BUNDLE));
        String drivers = executeCommand("presto:driver-list");
        assertTrue(drivers, drivers.contains("emulator") && drivers.contains("ABSENT"));
        JsonNode context = restconf().getJson("data/context");
        assertTrue(context.toString(), allNodesIn(context, "DISABLED"));
        assertEquals("DISABLED", context.path("connectivity-service").path(0).path("operational-state").asText());
        assertEquals("DISABLED", context.path("service-interface-point").path(0).path("operational-state").asText());
        NrpRequests.restconfError(nrp.rpc("create-connectivity-service", NrpRequests.eLine(sips.get("pe2-uni-2"), 7,
                sips.get("pe3-uni-2"), 7), 503));
        NrpRequests.restconfError(nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 503));
        assertEquals("the service is kept while its devices cannot be reached", uuid,
                nrp.rpc("get-connectivity-service-details", NrpRequests.serviceIdInput(uuid), 200)
                        .path("output").path("service").path("uuid").asText());

        executeCommand("feature:install " + FEATURE);
        waitForBundleState(BUNDLE, Bundle.ACTIVE, Duration.ofSeconds(30));
        JsonNode back = restconf().getJson("data/context");
        assertTrue(back.toString(), allNodesIn(back, "ENABLED"));
        assertEquals("ENABLED", back.path("connectivity-service").path(0).path("operational-state").asText());
        nrp.rpc("delete-connectivity-service", NrpRequests.serviceIdInput(uuid), 200);
    }

    @Test
    public void stoppingTheDriverBundleHasTheSameEffectAsRemovingTheFeature() throws Exception {
        waitForBundleState(BUNDLE, Bundle.ACTIVE, Duration.ofSeconds(30));
        bundle(BUNDLE).stop();
        try {
            String drivers = executeCommand("presto:driver-list");
            assertTrue(drivers, drivers.contains("ABSENT"));
            assertTrue(allNodesIn(restconf().getJson("data/context"), "DISABLED"));
        } finally {
            bundle(BUNDLE).start();
        }
        String drivers = executeCommand("presto:driver-list");
        assertTrue(drivers, drivers.contains("ACTIVE"));
        assertTrue(allNodesIn(restconf().getJson("data/context"), "ENABLED"));
    }

    private static boolean allNodesIn(JsonNode context, String state) {
        JsonNode nodes = context.path("topology").path(0).path("node");
        if (nodes.size() < 6) {
            return false;
        }
        for (JsonNode node : nodes) {
            if (!state.equals(node.path("operational-state").asText())) {
                return false;
            }
        }
        return true;
    }

    /** Symbolic name (and version) to "id state" of every bundle but {@code excluded}. */
    private Map<String, String> snapshotExcept(String excluded) {
        Map<String, String> snapshot = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (!excluded.equals(b.getSymbolicName())) {
                snapshot.put(b.getSymbolicName() + "/" + b.getVersion(), b.getBundleId() + " "
                        + stateName(b.getState()));
            }
        }
        return snapshot;
    }
}
