package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoEvent;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.EventJournal;
import org.presto.core.internal.journal.PublishingStore;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.store.PrestoStore;
import org.presto.store.internal.JdbcPrestoStore;

/** Every stored state change is published, in order, with the object's uuid and states. */
class EventJournalTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private EventJournal events;
    private Inventory inventory;
    private ServiceLifecycle connectivity;
    private EmulatedEms emulator;

    @BeforeEach
    void wire() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        events = new EventJournal(Clock.systemUTC());
        PrestoStore store = new PublishingStore(JdbcPrestoStore.open(pool), events);
        emulator = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test");
        inventory = new Inventory(store, events);
        inventory.driverAdded(emulator);
        connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), store);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void publishesDriversServicesAndSipStatesAsTheyChange() {
        ConnectivityService service = connectivity.create(new ConnectivityRequest(null, List.of(
                endPoint("pe1-uni-1", 10), endPoint("pe3-uni-1", 10)), null, null, null));
        connectivity.delete(service.uuid());
        inventory.updateAdministrativeState("pe2-uni-1", AdministrativeState.LOCKED);
        inventory.driverRemoved(emulator);

        List<PrestoEvent> recent = events.recent(100);
        assertEquals(List.of("driver/ADDED", "connectivity-service/CREATED", "connectivity-service/UPDATED",
                "connectivity-service/UPDATED", "connectivity-service/DELETED", "service-interface-point/UPDATED",
                "driver/REMOVED"), recent.stream().map(e -> e.topic().substring(PrestoEvent.TOPIC_PREFIX.length()))
                .toList());
        assertEquals(List.of("PLANNED", "INSTALLED", "PENDING_REMOVAL"), recent.subList(1, 4).stream()
                .map(e -> e.properties().get("lifecycle-state")).toList());
        assertEquals(service.uuid(), recent.get(4).properties().get("uuid"));
        assertEquals("LOCKED", recent.get(5).properties().get("administrative-state"));
        assertEquals(2, events.recent(2).size());
        for (int i = 0; i < EventJournal.KEPT + 5; i++) {
            events.publish("test", "UPDATED", "uuid", Integer.toString(i));
        }
        assertEquals(EventJournal.KEPT, events.recent(Integer.MAX_VALUE).size(), "the log is bounded");
    }

    private org.presto.model.ConnectivityServiceEndPoint endPoint(String sipName, int vlan) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan)).build())
                .build();
    }
}
