package org.presto.driver.emulator.device;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.emulator.graph.DemoNetwork;
import org.presto.driver.emulator.tapi.TapiNetworkMapper;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.support.StableUuids;

class ForwardingTableTest {
    private static final StableUuids UUIDS = new StableUuids("presto-emulator", "emulator");
    private static final String PE2 = UUIDS.node("pe2");
    private static final String UNI1 = UUIDS.nodeEdgePoint("pe2", "uni-1");
    private static final String UNI2 = UUIDS.nodeEdgePoint("pe2", "uni-2");
    private static final String TO_PE3 = UUIDS.nodeEdgePoint("pe2", "trunk-pe3");
    private static final String TO_PE1 = UUIDS.nodeEdgePoint("pe2", "trunk-pe1");

    private final PortInventory inventory =
            new PortInventory(new TapiNetworkMapper("emulator", 2, 10_000, 100_000).map(DemoNetwork.graph()));

    @TempDir
    Path dir;
    private DeviceStateFile stateFile;
    private ForwardingTable table;

    @BeforeEach
    void openTable() throws Exception {
        stateFile = new DeviceStateFile(dir.resolve("state/emulator.json"));
        table = ForwardingTable.restore(inventory, stateFile);
    }

    @Test
    void installsListsAndRemoves() throws Exception {
        ForwardingEntry entry = new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001);
        table.install(entry);
        assertEquals(List.of(entry), table.entries(PE2));
        table.remove(entry);
        assertEquals(List.of(), table.entries(PE2));
    }

    @Test
    void installAndRemoveAreIdempotent() throws Exception {
        ForwardingEntry entry = new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001);
        table.install(entry);
        table.install(entry);
        assertEquals(List.of(entry), table.entries(PE2));
        table.remove(entry);
        table.remove(entry);
        assertEquals(List.of(), table.entries(PE2));
    }

    @Test
    void entriesAreSortedAndPerNode() throws Exception {
        ForwardingEntry b = new ForwardingEntry("svc-b", PE2, UNI2, 200, TO_PE3, 2002);
        ForwardingEntry a = new ForwardingEntry("svc-a", PE2, UNI1, 100, TO_PE3, 2001);
        table.install(b);
        table.install(a);
        assertEquals(List.of(a, b), table.entries(PE2));
        assertEquals(List.of(), table.entries(UUIDS.node("pe5")));
    }

    @Test
    void aPortVlanUsedByAnotherServiceIsRefused() throws Exception {
        table.install(new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001));
        DriverException onA = assertThrows(DriverException.class,
                () -> table.install(new ForwardingEntry("svc-2", PE2, UNI1, 100, TO_PE1, 3000)));
        assertEquals("node pe2: port pe2/uni-1 VLAN 100 is already used by service svc-1", onA.getMessage());
        DriverException onB = assertThrows(DriverException.class,
                () -> table.install(new ForwardingEntry("svc-2", PE2, UNI2, 300, TO_PE3, 2001)));
        assertEquals("node pe2: port pe2/trunk-pe3 VLAN 2001 is already used by service svc-1", onB.getMessage());
        // crossing sides counts too: the trunk VLAN of svc-1 as port A of another service
        assertThrows(DriverException.class,
                () -> table.install(new ForwardingEntry("svc-2", PE2, TO_PE3, 2001, UNI2, 300)));
        assertEquals(1, table.entries(PE2).size());
    }

    @Test
    void otherVlansOnTheSamePortAndSharingWithinAServiceAreFine() throws Exception {
        table.install(new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001));
        table.install(new ForwardingEntry("svc-2", PE2, UNI1, 101, TO_PE3, 2002));
        table.install(new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE1, 2001));
        assertEquals(3, table.entries(PE2).size());
    }

    @Test
    void invalidEntriesAreRefusedWithTheReason() {
        assertMessage(new ForwardingEntry("s", UUIDS.node("pe9"), UNI1, 1, UNI2, 1),
                "unknown node " + UUIDS.node("pe9") + ": this EMS manages no such node");
        assertMessage(new ForwardingEntry("s", PE2, UUIDS.nodeEdgePoint("pe3", "uni-1"), 10, UNI2, 10),
                "node pe2: has no port " + UUIDS.nodeEdgePoint("pe3", "uni-1"));
        assertMessage(new ForwardingEntry("s", PE2, UNI1, 10, UNI1, 20),
                "node pe2: both ends of the cross-connect are port pe2/uni-1; they must be two different ports");
        assertMessage(new ForwardingEntry("s", PE2, UNI1, 0, UNI2, 10),
                "node pe2: VLAN 0 on port pe2/uni-1 is not between 1 and 4094");
        assertMessage(new ForwardingEntry("s", PE2, UNI1, 10, UNI2, 4095),
                "node pe2: VLAN 4095 on port pe2/uni-2 is not between 1 and 4094");
        assertMessage(new ForwardingEntry(" ", PE2, UNI1, 10, UNI2, 10), "node pe2: an entry needs a service id");
    }

    @Test
    void vlanBoundsAreAllowed() throws Exception {
        table.install(new ForwardingEntry("s", PE2, UNI1, 1, UNI2, 4094));
        assertEquals(1, table.entries(PE2).size());
    }

    @Test
    void unknownNodesCannotBeReadOrChanged() {
        String unknown = UUIDS.node("nowhere");
        assertThrows(DriverException.class, () -> table.entries(unknown));
        assertThrows(DriverException.class,
                () -> table.remove(new ForwardingEntry("s", unknown, UNI1, 1, UNI2, 1)));
    }

    @Test
    void changesSurviveARestart() throws Exception {
        ForwardingEntry kept = new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001);
        ForwardingEntry removed = new ForwardingEntry("svc-2", PE2, UNI2, 200, TO_PE3, 2002);
        table.install(kept);
        table.install(removed);
        table.remove(removed);
        ForwardingTable restarted = ForwardingTable.restore(inventory, new DeviceStateFile(stateFile.file()));
        assertEquals(List.of(kept), restarted.entries(PE2));
    }

    /**
     * Changes are appended to the journal; once it holds more than the table (1 024 changes at least), the state file
     * is written whole and the journal emptied; a restart reads both, and skips a last line a crash cut short.
     */
    @Test
    void changesGoToTheJournalUntilTheStateFileIsWrittenWhole() throws Exception {
        Path journal = stateFile.file().resolveSibling(stateFile.file().getFileName() + ".journal");
        ForwardingEntry kept = new ForwardingEntry("kept", PE2, UNI1, 100, TO_PE3, 2001);
        table.install(kept);
        assertTrue(Files.exists(journal));
        assertFalse(Files.exists(stateFile.file()), "no whole write yet");
        for (int i = 0; i < 600; i++) {
            ForwardingEntry passing = new ForwardingEntry("passing", PE2, UNI2, 200, TO_PE3, 2002);
            table.install(passing);
            table.remove(passing);
        }
        assertTrue(Files.exists(stateFile.file()), "written whole once the journal grew past 1 024 changes");
        assertTrue(Files.size(journal) < 200_000, "and the journal emptied then");
        ForwardingEntry last = new ForwardingEntry("last", PE2, UNI2, 300, TO_PE3, 2003);
        table.install(last);
        Files.writeString(journal, "{\"add\":true,\"entr", java.nio.file.StandardOpenOption.APPEND);
        ForwardingTable restarted = ForwardingTable.restore(inventory, new DeviceStateFile(stateFile.file()));
        assertEquals(Set.of(kept, last), Set.copyOf(restarted.entries(PE2)));
    }

    @Test
    void aFailedSaveUndoesTheChangeAndIsReported() throws Exception {
        ForwardingEntry first = new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001);
        table.install(first);
        // a directory where the journal should be makes the append fail
        Path journal = stateFile.file().resolveSibling(stateFile.file().getFileName() + ".journal");
        Files.delete(journal);
        Files.createDirectories(journal.resolve("blocker"));

        ForwardingEntry second = new ForwardingEntry("svc-2", PE2, UNI2, 200, TO_PE3, 2002);
        DriverException install = assertThrows(DriverException.class, () -> table.install(second));
        assertTrue(install.getMessage().startsWith("node pe2: could not save the configuration to "
                + stateFile.file() + ", so the entry of service svc-2 was not installed"), install.getMessage());
        assertEquals(List.of(first), table.entries(PE2));

        DriverException remove = assertThrows(DriverException.class, () -> table.remove(first));
        assertTrue(remove.getMessage().contains("was not removed"), remove.getMessage());
        assertEquals(List.of(first), table.entries(PE2));
        try (var leftovers = Files.list(stateFile.file().getParent())) {
            assertEquals(0, leftovers.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(),
                    "no temporary files left behind");
        }
    }

    @Test
    void savedEntriesThatNoLongerFitTheNetworkAreDropped() throws Exception {
        ForwardingEntry valid = new ForwardingEntry("svc-1", PE2, UNI1, 100, TO_PE3, 2001);
        ForwardingEntry goneNode = new ForwardingEntry("svc-2", UUIDS.node("pe9"), UNI1, 100, TO_PE3, 2001);
        ForwardingEntry gonePort = new ForwardingEntry("svc-3", PE2, UUIDS.nodeEdgePoint("pe2", "uni-7"), 5, UNI2, 5);
        ForwardingEntry clash = new ForwardingEntry("svc-4", PE2, UNI1, 100, UNI2, 100);
        stateFile.save(List.of(valid, goneNode, gonePort, clash), List.of());
        ForwardingTable restored = ForwardingTable.restore(inventory, stateFile);
        assertEquals(List.of(valid), restored.entries(PE2));
    }

    @Test
    void concurrentInstallsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int vlan = 1; vlan <= 200; vlan++) {
                ForwardingEntry entry = new ForwardingEntry("svc-" + vlan, PE2, UNI1, vlan, TO_PE3, vlan);
                done.add(pool.submit(() -> {
                    table.install(entry);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, table.entries(PE2).size());
        assertEquals(200, stateFile.load().entries().size());
    }

    private void assertMessage(ForwardingEntry entry, String message) {
        DriverException error = assertThrows(DriverException.class, () -> table.install(entry));
        assertEquals(message, error.getMessage());
    }
}
