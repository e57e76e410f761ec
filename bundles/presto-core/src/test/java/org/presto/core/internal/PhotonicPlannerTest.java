package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.PhotonicPlanner;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.pce.Waypoint;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.spi.DeviceChange;
import org.presto.spi.MediaChannelEntry;
import org.presto.store.ServiceRecord;
import org.presto.store.internal.JdbcPrestoStore;

/**
 * The photonic planner alone, on the metro optical example (two ROADMs joined by one line): a media channel on each
 * ROADM of the route, from the port the service enters by to the one it leaves by, all on one slice of spectrum free
 * on every link (first fit on the flexible grid); nothing stored, no device touched.
 */
class PhotonicPlannerTest {
    private static final long GBPS_100 = 100_000_000;

    @TempDir
    Path dir;
    private JdbcConnectionPool pool;
    private Inventory inventory;
    private PhotonicPlanner planner;

    @BeforeEach
    void start() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        JdbcPrestoStore store = JdbcPrestoStore.open(pool);
        inventory = new Inventory(store);
        inventory.driverAdded(new EmulatedEms(new EmulatorSettings("lab", DocsExamples.metroOptical().toString(),
                dir, 2, 10_000, 100_000, dir.resolve("emulator")), "test"));
        planner = new PhotonicPlanner(inventory, new PathComputerComponent(), new RouteRequests(inventory, store),
                SpectrumPlanning.DEFAULT);
    }

    @AfterEach
    void stop() {
        pool.dispose();
    }

    @Test
    void aChannelOnEveryRoadmFromAddToLineToDropOnTheLowestFreeSlice() {
        ServicePlan plan = plan(RouteConstraints.NONE, List.of());
        assertEquals(List.of(channel("svc", "roadm-1", "roadm-1/add-1", "roadm-1/line-1", 191_325_000, 191_375_000),
                channel("svc", "roadm-2", "roadm-2/line-1", "roadm-2/add-1", 191_325_000, 191_375_000)), plan.changes(),
                "100 Gbit/s in 50 GHz, first fit");
        assertEquals(List.of(), plan.entries);
        assertEquals(List.of(), plan.bridges);
    }

    @Test
    void spectrumAnotherServiceHoldsOnTheLineIsPassedOver() {
        ServiceRecord other = ServiceRecord.of(ConnectivityServiceBuilder.builder().uuid("other").build(), List.of(),
                List.of(channel("other", "roadm-1", "roadm-1/add-1", "roadm-1/line-1", 191_325_000,
                        191_375_000)));
        ServicePlan plan = plan(RouteConstraints.NONE, List.of(other));
        MediaChannelEntry first = (MediaChannelEntry) plan.changes().get(0);
        assertEquals(191_375_000, first.lowerFrequencyMhz(), "the next 50 GHz");
        assertEquals(191_425_000, first.upperFrequencyMhz());
    }

    @Test
    void withTheOnlyLineExcludedThereIsNoRouteAndTheConflictSaysWhy() {
        String line = inventory.topology().link().stream()
                .filter(link -> link.name().stream().anyMatch(n -> n.value().equals("roadm-1--roadm-2")))
                .findFirst().orElseThrow().uuid();
        PrestoException none = assertThrows(PrestoException.class, () -> plan(new RouteConstraints(null, Set.of(line),
                null), List.of()));
        assertEquals(Reason.CONFLICT, none.reason(), none.getMessage());
        assertTrue(none.tag() != null && !none.tag().isBlank(), "the cause as a machine-readable tag");
    }

    @Test
    void waypointsAreRefusedNamingTheMember() {
        PrestoException refused = assertThrows(PrestoException.class, () -> plan(new RouteConstraints(null, null,
                null, List.of(Waypoint.node(inventory.node("roadm-2").orElseThrow().uuid())), null, null, null),
                List.of()));
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals("topo-constraint", refused.member());
    }

    private ServicePlan plan(RouteConstraints constraints, List<ServiceRecord> existing) {
        ConnectivityRequest request = new ConnectivityRequest(null, List.of(endPoint("roadm-1-add-1"),
                endPoint("roadm-2-add-1")), null, null, null, constraints);
        List<ValidatedEndPoint> ends = RequestValidator.validate(request, inventory);
        return planner.plan("svc", ends, request, GBPS_100, Map.of(), new ResourceLedger(existing, inventory));
    }

    private ConnectivityServiceEndPoint endPoint(String sipName) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return ConnectivityServiceEndPointBuilder.builder().serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .build();
    }

    private DeviceChange channel(String service, String roadm, String from, String to, long lower, long upper) {
        var node = inventory.node(roadm).orElseThrow();
        return new MediaChannelEntry(service, node.uuid(), port(node, from), port(node, to), lower, upper);
    }

    private static String port(org.presto.model.Node node, String name) {
        return node.ownedNodeEdgePoint().stream().filter(nep -> nep.name().stream()
                .anyMatch(n -> n.value().equals(name))).findFirst().orElseThrow().uuid();
    }

}
