package org.presto.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

/**
 * Self-test of {@link DistributionScriptSupport}: the unpacked distribution starts with bin/start, the shell answers
 * through bin/client with the generated key, and bin/stop ends the process.
 */
public class DistributionScriptSelfIT extends DistributionScriptSupport {

    @Test
    public void startListBundlesThroughTheClientAndStop() throws Exception {
        startKaraf();
        long pid = karafPid();

        String listing = awaitBundlesActive(List.of("presto-model", "presto-spi", "presto-core"),
                Duration.ofSeconds(60));
        assertTrue(listing, listing.contains("presto-core"));

        String bundles = client("bundle:list");
        assertTrue("bundle:list through bin/client printed no Presto bundle:\n" + bundles,
                bundles.lines().anyMatch(l -> l.contains("| Active ") && l.contains("| Presto :: Core")));

        stopKaraf();
        assertFalse("Karaf (pid " + pid + ") still runs after bin/stop",
                ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }
}
