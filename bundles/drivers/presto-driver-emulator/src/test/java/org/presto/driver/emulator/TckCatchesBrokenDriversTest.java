package org.presto.driver.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.Capability;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.ForwardingNetworkDriver;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;

/**
 * The kit must fail drivers that break the contract: here the emulator behind wrappers that each break one rule.
 * The kits below are nested, so the build does not run them itself; the JUnit engine test kit runs them and
 * collects which of their tests failed.
 */
class TckCatchesBrokenDriversTest {

    /** The emulator seen through a wrapper that changes one behaviour. */
    abstract static class Wrapped extends ForwardingNetworkDriver {
        final NetworkDriver driver;

        /** @param dir the devices' state, shared by the instances of one test as a real device would be */
        Wrapped(Path dir) throws Exception {
            this(new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 3, 10_000, 100_000,
                    dir.resolve("devices"), "", Set.of(Capability.BRIDGING, Capability.ROOTED_BRIDGING)), "broken"));
        }

        private Wrapped(NetworkDriver driver) {
            super(driver);
            this.driver = driver;
        }
    }

    /**
     * The kit against one broken wrapper, on devices of its own; the wrapped EMS does not bridge (the wrappers do not
     * change bridges).
     */
    abstract static class BrokenKit extends NetworkDriverTck {
        final Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tck-broken")), "kit");

        BrokenKit() throws Exception {
        }
    }

    /** Its undo does nothing. */
    static class UndoDoesNothing extends BrokenKit {
        UndoDoesNothing() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
                @Override
                public void undo(UndoRecord undo) {
                }
            };
        }
    }

    /** It swallows device errors and reports unknown nodes empty. */
    static class SwallowsErrors extends BrokenKit {
        SwallowsErrors() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
                @Override
                public UndoRecord install(ForwardingEntry entry) {
                    try {
                        return driver.install(entry);
                    } catch (DriverException e) {
                        return UndoRecord.nothing(entry.nodeId(), info().id());
                    }
                }

                @Override
                public List<ForwardingEntry> forwardingEntries(String nodeId) {
                    try {
                        return driver.forwardingEntries(nodeId);
                    } catch (DriverException e) {
                        return List.of();
                    }
                }
            };
        }
    }

    /** It reports success without making the change. */
    static class SilentlyDoesNothing extends BrokenKit {
        SilentlyDoesNothing() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
                @Override
                public UndoRecord install(ForwardingEntry entry) {
                    return new UndoRecord(entry.nodeId(), info().id(), "{}");
                }
            };
        }
    }

    /** Unloading it takes its services' configuration off the devices. */
    static class UnloadClearsTheDevices extends BrokenKit {
        UnloadClearsTheDevices() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
            };
        }

        @Override
        protected void release(NetworkDriver driver) throws Exception {
            for (org.presto.model.Node node : driver.discover().nodes()) {
                for (ForwardingEntry entry : driver.forwardingEntries(node.uuid())) {
                    driver.remove(entry);
                }
            }
        }
    }

    /** It configures the cross-connect but drops its policies. */
    static class IgnoresThePolicies extends BrokenKit {
        IgnoresThePolicies() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
                @Override
                public UndoRecord install(ForwardingEntry entry) throws DriverException {
                    return driver.install(entry.withPolicies(java.util.Map.of()));
                }
            };
        }
    }

    private static Set<String> failedTests(Class<?> kit) {
        Set<String> failed = new TreeSet<>();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents().failed().stream()
                .map(Event::getTestDescriptor).forEach(test -> failed.add(test.getDisplayName()));
        return failed;
    }

    @Test
    void theKitFailsADriverWhoseUndoDoesNothing() {
        assertEquals(Set.of("anInstalledEntryIsReadBackAndItsUndoRecordTakesItBack()",
                "anUndoRecordWorksInAnotherInstanceOfTheDriver()", "nodesAreConfiguredInParallel()",
                "unloadingTheDriverLeavesTheNetworkConfigured()", "everyPolicyItDeclaresIsConfiguredAndReadBack()"),
                failedTests(UndoDoesNothing.class));
    }

    @Test
    void theKitFailsADriverWhoseUnloadClearsTheDevices() {
        assertEquals(Set.of("unloadingTheDriverLeavesTheNetworkConfigured()"),
                failedTests(UnloadClearsTheDevices.class));
    }

    @Test
    void theKitFailsADriverThatIgnoresThePolicies() {
        // dropping the policies also makes the old and the new entry one, so removing the old takes the new
        assertEquals(Set.of("everyPolicyItDeclaresIsConfiguredAndReadBack()",
                "aNewPolicyIsInstalledBesideTheOldEntryWhichIsThenRemoved()"), failedTests(IgnoresThePolicies.class));
    }

    @Test
    void theKitFailsADriverThatSwallowsErrors() {
        assertEquals(Set.of("anotherServicesVlanOnAPortIsRefused()", "refusalsAreClearAndChangeNothing()"),
                failedTests(SwallowsErrors.class));
    }

    @Test
    void theKitFailsADriverThatReportsChangesItDidNotMake() {
        Set<String> failed = failedTests(SilentlyDoesNothing.class);
        assertEquals(true, failed.containsAll(Set.of("anInstalledEntryIsReadBackAndItsUndoRecordTakesItBack()",
                "everyChangeIsIdempotent()", "nodesAreConfiguredInParallel()")), failed.toString());
    }
}
