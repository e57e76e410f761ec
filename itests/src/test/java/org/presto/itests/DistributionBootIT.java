package org.presto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.features.Feature;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * Smoke test of the distribution: it boots with Presto installed and started, the REST API answers and the shell works.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionBootIT extends PrestoKarafTestSupport {

    /** Bundles the distribution must run (symbolic names). */
    private static final List<String> PRESTO_BUNDLES = List.of(
            "presto-model", "presto-spi", "presto-pce", "presto-store", "presto-core",
            "presto-api", "presto-shell", "presto-driver-emulator");

    private static final List<String> PRESTO_FEATURES = List.of(
            "presto", "presto-core", "presto-api", "presto-shell", "presto-driver-emulator",
            "presto-driver-static");

    @Test
    public void allPrestoBundlesAreActive() throws Exception {
        for (String name : PRESTO_BUNDLES) {
            waitForBundleState(name, Bundle.ACTIVE, Duration.ofSeconds(30));
        }
        Map<String, String> notActive = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("presto-") && b.getState() != Bundle.ACTIVE) {
                notActive.put(name, stateName(b.getState()));
            }
        }
        assertEquals("presto-* bundles not Active", Map.of(), notActive);
    }

    @Test
    public void prestoFeaturesAreInstalled() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String name : PRESTO_FEATURES) {
            Feature feature = featuresService.getFeature(name);
            assertNotNull("feature " + name + " is not known to the features service", feature);
            if (!featuresService.isInstalled(feature)) {
                missing.add(name);
            }
        }
        assertEquals("features not installed", List.of(), missing);
    }

    @Test
    public void shellListsThePrestoFeatures() throws Exception {
        String out = executeCommand("feature:list -i");
        for (String name : PRESTO_FEATURES) {
            assertTrue("feature:list -i does not show " + name + " started:\n" + out, out.lines()
                    .anyMatch(line -> line.startsWith(name + " ") && line.contains("Started")));
        }
    }

    @Test
    public void restconfAnswersTheTapiContextWithJson() throws Exception {
        waitForRestconf();
        var context = restconf().getJson("data/tapi-common:context").path("tapi-common:context");
        assertTrue(context.toString(), context.path("tapi-topology:topology").path(0).path("node").size() >= 6);
        assertTrue(context.toString(), context.path("service-interface-point").size() >= 12);
    }
}
