package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.model.Node;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UndoRecord;
import org.presto.store.ServiceRecord;

/** Undo records through the SPI: journaled, used to roll back newest first, after a crash too; retries. */
class UndoJournalTest {
    @TempDir
    Path dir;

    private DemoNetworkFixture net;
    private RecordingDriver driver;

    @BeforeEach
    void wire() throws Exception {
        net = new DemoNetworkFixture(dir, emulator -> driver = new RecordingDriver(emulator));
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ConnectivityRequest eLine(String a, String b) {
        return new ConnectivityRequest(null, List.of(net.endPoint(a, 10, null), net.endPoint(b, 10, null)), null,
                null, null);
    }

    private List<ForwardingEntry> entriesOnDevices() throws Exception {
        List<ForwardingEntry> all = new ArrayList<>();
        for (Node node : net.inventory.topology().node()) {
            all.addAll(ReadBack.of(net.emulator, node.uuid(), ForwardingEntry.class));
        }
        return all;
    }

    private long count(String call) {
        return driver.calls().stream().filter(c -> c.startsWith(call + " ")).count();
    }

    @Test
    void aFailedActivationIsTakenBackByTheUndoRecordsItsDriverReturned() throws Exception {
        net.emulator.injectFaults(FaultPlan.parse("fail@3"));
        PrestoException failed = assertThrows(PrestoException.class,
                () -> net.connectivity.create(eLine("pe1-uni-1", "pe3-uni-1")));
        assertEquals(Reason.DEVICE_FAILURE, failed.reason());
        assertEquals(3, count("install"), driver.calls().toString());
        assertEquals(2, count("undo"), "the two changes made are undone by their records: " + driver.calls());
        assertEquals(0, count("remove"), "nothing is left for the read-back to remove");
        assertEquals(List.of(), entriesOnDevices());
        assertEquals(List.of(), net.store.services());
    }

    @Test
    void aBusyDeviceIsTriedAgainAndGivenUpOnAfterTheRetries() throws Exception {
        net.emulator.injectFaults(FaultPlan.parse("busy@1"));
        ConnectivityService service = net.connectivity.create(eLine("pe1-uni-1", "pe3-uni-1"));
        assertEquals(LifecycleState.INSTALLED, service.lifecycleState());
        assertEquals(4, count("install"), "one install tried twice: " + driver.calls());
        assertEquals(3, entriesOnDevices().size());
        net.connectivity.delete(service.uuid());

        driver.clear();
        net.emulator.injectFaults(FaultPlan.parse("busy@1,busy@2,busy@3"));
        PrestoException failed = assertThrows(PrestoException.class,
                () -> net.connectivity.create(eLine("pe1-uni-1", "pe1-uni-2")));
        assertEquals(Reason.DEVICE_FAILURE, failed.reason());
        assertTrue(failed.getMessage().contains("busy"), failed.getMessage());
        assertEquals(3, count("install"), "the first try and two retries on the one switch: " + driver.calls());
        assertEquals(List.of(), entriesOnDevices());
        assertEquals(List.of(), net.store.services());
    }

    /** Undo records are journaled while a service is not installed, and journal recovery hands them back. */
    @Test
    void journaledUndoRecordsRollBackAnInterruptedCreate() throws Exception {
        ConnectivityService service = net.connectivity.create(eLine("pe1-uni-1", "pe3-uni-1"));
        assertEquals(List.of(), net.store.undoRecords(service.uuid()), "cleared once the service is installed");

        // as a crash leaves it: the service PLANNED, its entries on the devices, their undo records journaled
        ServiceRecord record = net.store.service(service.uuid()).orElseThrow();
        for (ForwardingEntry entry : record.changes(ForwardingEntry.class)) {
            net.emulator.remove(entry);
        }
        List<UndoRecord> undo = new ArrayList<>();
        for (ForwardingEntry entry : record.changes(ForwardingEntry.class)) {
            undo.add(net.emulator.install(entry));
        }
        assertTrue(undo.stream().noneMatch(UndoRecord::isNothing));
        assertTrue(net.emulator.install(record.changes(ForwardingEntry.class).get(0)).isNothing(),
                "installing what a node holds already leaves nothing to undo");
        net.store.saveService(record.withService(record.service().withStates(record.service().operationalState(),
                LifecycleState.PLANNED)));
        net.store.journalUndo(service.uuid(), undo);

        driver.clear();
        assertEquals(1, net.connectivity.recoverUnfinished());
        assertEquals(3, count("undo"), driver.calls().toString());
        assertEquals(0, count("remove"), "the undo records left nothing for the read-back to find");
        assertEquals(List.of(), entriesOnDevices());
        assertEquals(List.of(), net.store.services());
        assertEquals(List.of(), net.store.undoRecords(service.uuid()));
    }
}
