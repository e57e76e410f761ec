package org.presto.driver.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.ForwardingNetworkDriver;

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
            this(dir, Set.of(Capability.BRIDGING, Capability.ROOTED_BRIDGING));
        }

        /** @param lacking what the wrapped EMS cannot do */
        Wrapped(Path dir, Set<Capability> lacking) throws Exception {
            this(new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 3, 10_000, 100_000,
                    dir.resolve("devices"), "", lacking), "broken"));
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
                public UndoRecord install(DeviceChange change) {
                    try {
                        return driver.install(change);
                    } catch (DriverException e) {
                        return UndoRecord.nothing(change.nodeId(), info().id());
                    }
                }

                @Override
                public List<DeviceChange> configuration(String nodeId) {
                    try {
                        return driver.configuration(nodeId);
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
                public UndoRecord install(DeviceChange change) {
                    return new UndoRecord(change.nodeId(), info().id(), "{}");
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
                for (DeviceChange change : driver.configuration(node.uuid())) {
                    driver.remove(change);
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
                public UndoRecord install(DeviceChange change) throws DriverException {
                    return driver.install(change.withPolicies(java.util.Map.of()));
                }
            };
        }
    }

    /** It declares bridging, which the EMS behind it lacks. */
    static class DeclaresWhatItCannotDo extends BrokenKit {
        DeclaresWhatItCannotDo() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir) {
                @Override
                public Set<Capability> capabilities() {
                    return EnumSet.allOf(Capability.class);
                }
            };
        }
    }

    /** It bridges without declaring it. */
    static class MakesWhatItDoesNotDeclare extends BrokenKit {
        MakesWhatItDoesNotDeclare() throws Exception {
        }

        @Override
        protected NetworkDriver connect() throws Exception {
            return new Wrapped(dir, Set.of()) {
                @Override
                public Set<Capability> capabilities() {
                    Set<Capability> declared = EnumSet.copyOf(super.capabilities());
                    declared.removeAll(Set.of(Capability.BRIDGING, Capability.ROOTED_BRIDGING));
                    return declared;
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
        assertEquals(Set.of("anotherServicesVlanOnAPortIsRefused()", "refusalsAreClearAndChangeNothing()",
                "whatItDoesNotDeclareIsRefusedAndChangesNothing()"), failedTests(SwallowsErrors.class));
    }

    @Test
    void theKitFailsADriverThatDeclaresWhatItCannotDo() {
        assertEquals(Set.of("bridgesKeepTheirMembersAndRolesAndAreTakenBack()"),
                failedTests(DeclaresWhatItCannotDo.class));
    }

    @Test
    void theKitFailsADriverThatMakesWhatItDoesNotDeclare() {
        assertEquals(Set.of("whatItDoesNotDeclareIsRefusedAndChangesNothing()"),
                failedTests(MakesWhatItDoesNotDeclare.class));
    }

    @Test
    void theKitFailsADriverThatReportsChangesItDidNotMake() {
        Set<String> failed = failedTests(SilentlyDoesNothing.class);
        assertEquals(true, failed.containsAll(Set.of("anInstalledEntryIsReadBackAndItsUndoRecordTakesItBack()",
                "everyChangeIsIdempotent()", "nodesAreConfiguredInParallel()")), failed.toString());
    }
}
