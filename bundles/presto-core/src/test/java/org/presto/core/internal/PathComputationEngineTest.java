package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.Capacity;
import org.presto.model.DirectiveValue;
import org.presto.model.Link;
import org.presto.model.LinkRef;
import org.presto.model.PathComputationService;
import org.presto.model.PathObjectiveFunctionBuilder;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.PathServiceEndPointBuilder;
import org.presto.model.RoutingConstraintBuilder;
import org.presto.model.ServiceInterfacePoint;
import org.presto.pce.internal.DijkstraPathComputer;
import org.presto.store.internal.JdbcPrestoStore;

/** Path computation over the real emulator's demo network (ring pe1..pe6 with a chord pe1-pe4) and a real store. */
class PathComputationEngineTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private Inventory inventory;
    private PathComputationEngine paths;

    @BeforeEach
    void wire() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        JdbcPrestoStore store = JdbcPrestoStore.open(pool);
        inventory = new Inventory(store);
        inventory.driverAdded(new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, 100_000,
                dir.resolve("emulator")), "test"));
        DijkstraPathComputer pce = new DijkstraPathComputer();
        paths = new PathComputationEngine(inventory, pce, store, new ServiceLifecycle(inventory, pce, store));
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private PathServiceEndPoint sep(String sipName) {
        String sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(sipName)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
        return PathServiceEndPointBuilder.builder().serviceInterfacePoint(sip).build();
    }

    private List<String> linkNames(PathComputationService service) {
        String pathId = service.path().get(0).pathId();
        List<LinkRef> refs = paths.paths().stream().filter(p -> p.uuid().equals(pathId)).findFirst().orElseThrow()
                .link();
        return refs.stream().map(ref -> inventory.topology().link().stream()
                .filter(l -> l.uuid().equals(ref.linkId())).map(Link::name).findFirst().orElseThrow().get(0).value())
                .toList();
    }

    @Test
    void computesKeepsOptimizesAndDeletesAPath() {
        PathComputationService computed = paths.computePath(new PathComputationRequest(
                List.of(sep("pe1-uni-1"), sep("pe3-uni-1")), null, null, null));
        assertEquals(List.of("pe1--pe2", "pe2--pe3"), linkNames(computed), "least cost by default");
        assertEquals(List.of(computed), paths.pathComputationServices());
        assertEquals(inventory.topology().uuid(), paths.paths().get(0).link().get(0).topologyId());

        String pathId = computed.path().get(0).pathId();
        String pathName = paths.paths().get(0).name().get(0).value();
        PathComputationService optimized = paths.optimizePath(pathName, new PathComputationRequest(null,
                RoutingConstraintBuilder.builder().requestedCapacity(Capacity.mbps(100)).build(),
                PathObjectiveFunctionBuilder.builder().costOptimization(DirectiveValue.DONT_CARE).build(), null));
        assertEquals(pathId, optimized.path().get(0).pathId(), "the path keeps its uuid");
        assertEquals(100, optimized.routingConstraint().requestedCapacity().toMbps());
        assertEquals(2, linkNames(optimized).size());

        assertEquals(optimized, paths.deletePath(pathId));
        assertEquals(List.of(), paths.paths());
        assertReason(Reason.NOT_FOUND, () -> paths.deletePath(pathId));
    }

    @Test
    void refusesWhatItCannotHonourAndKeepsNothing() {
        assertReason(Reason.INVALID_INPUT, () -> paths.computePath(new PathComputationRequest(
                List.of(sep("pe1-uni-1")), null, null, null)));
        assertReason(Reason.NOT_FOUND, () -> paths.computePath(new PathComputationRequest(
                List.of(sep("pe1-uni-1"), PathServiceEndPointBuilder.builder().serviceInterfacePoint("nope").build()),
                null, null, null)));
        PrestoException utilization = assertReason(Reason.INVALID_INPUT, () -> paths.computePath(
                new PathComputationRequest(List.of(sep("pe1-uni-1"), sep("pe3-uni-1")), null,
                        PathObjectiveFunctionBuilder.builder().linkUtilization(DirectiveValue.MINIMIZE).build(),
                        null)));
        assertEquals("/input/objective-function/link-utilization", utilization.path());
        PrestoException bandwidth = assertReason(Reason.CONFLICT, () -> paths.computePath(new PathComputationRequest(
                List.of(sep("pe1-uni-1"), sep("pe3-uni-1")),
                RoutingConstraintBuilder.builder().requestedCapacity(Capacity.mbps(200_000)).build(), null, null)));
        assertEquals("insufficient-bandwidth", bandwidth.tag());
        assertTrue(paths.pathComputationServices().isEmpty());
    }

    private static PrestoException assertReason(Reason reason, org.junit.jupiter.api.function.Executable call) {
        PrestoException e = assertThrows(PrestoException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
