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
            String out = executeCommand("feature:uninstall " + FEATURE);
            assertFalse("feature:uninstall printed an error: " + out, out.toLowerCase().contains("error"));
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

    /** Symbolic name (and version) to "id state" of every bundle but {@code excluded}. */
    private Map<String, String> snapshotExcept(String excluded) {
        Map<String, String> snapshot = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (!excluded.equals(b.getSymbolicName())) {
                snapshot.put(b.getSymbolicName() + "/" + b.getVersion(), b.getBundleId() + " " + stateName(b.getState()));
            }
        }
        return snapshot;
    }
}
