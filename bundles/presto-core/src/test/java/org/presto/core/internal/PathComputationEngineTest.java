package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.PathChoice;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.paths.PathComputationEngine;
import org.presto.core.internal.services.ServiceLifecycle;
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
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.Waypoint;
import org.presto.pce.internal.PathComputerComponent;
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
        PathComputerComponent pce = new PathComputerComponent();
        paths = new PathComputationEngine(inventory, pce, store, new ServiceLifecycle(inventory, pce, store).reads());
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
        assertEquals("objective-function/link-utilization", utilization.member());
        PrestoException bandwidth = assertReason(Reason.CONFLICT, () -> paths.computePath(new PathComputationRequest(
                List.of(sep("pe1-uni-1"), sep("pe3-uni-1")),
                RoutingConstraintBuilder.builder().requestedCapacity(Capacity.mbps(200_000)).build(), null, null)));
        assertEquals("insufficient-bandwidth", bandwidth.tag());
        assertTrue(paths.pathComputationServices().isEmpty());
    }

    @Test
    void exploresTheBestPathsDisjointPairsAndWaypointsWithoutKeepingThem() {
        PathComputationRequest request = new PathComputationRequest(List.of(sep("pe1-uni-1"), sep("pe3-uni-1")),
                null, null, null);
        List<ComputedPath> three = paths.explore(request, RouteConstraints.NONE, PathChoice.best(3));
        assertEquals(List.of(200L, 350L, 410L), three.stream().map(ComputedPath::metric).toList(),
                "via pe2, over the chord via pe4, round via pe6, pe5 and pe4");

        List<ComputedPath> pair = paths.explore(request, RouteConstraints.NONE,
                PathChoice.disjointPair(Disjointness.NODE));
        assertEquals(List.of(200L, 350L), pair.stream().map(ComputedPath::metric).toList());

        RouteConstraints viaPe6 = new RouteConstraints(null, null, null, List.of(Waypoint.node(node("pe6"))), null,
                null, null);
        assertEquals(410, paths.explore(request, viaPe6, PathChoice.BEST).get(0).metric());

        RouteConstraints oneHop = new RouteConstraints(null, null, null, null, null, 1, null);
        assertEquals("hop-limit-exceeded", assertReason(Reason.CONFLICT,
                () -> paths.explore(request, oneHop, PathChoice.BEST)).tag(), "pe1 and pe3 are not adjacent");
        RouteConstraints twoHops = new RouteConstraints(Set.of(node("pe2")), null, null, null, null, 2, null);
        assertEquals(List.of(350L), paths.explore(request, twoHops, PathChoice.BEST).stream()
                .map(ComputedPath::metric).toList(), "without pe2, over the chord");
        assertReason(Reason.INVALID_INPUT, () -> paths.explore(request, viaPe6, PathChoice.best(2)));
        assertReason(Reason.INVALID_INPUT, () -> paths.explore(request, twoHops,
                PathChoice.disjointPair(Disjointness.LINK)));
        RouteConstraints cut = new RouteConstraints(Set.of(node("pe2"), node("pe4")), null, null);
        assertEquals("no-path", assertReason(Reason.CONFLICT,
                () -> paths.explore(request, cut, PathChoice.disjointPair(Disjointness.LINK))).tag());
        RouteConstraints single = new RouteConstraints(Set.of(node("pe2")), null, null);
        assertEquals("no-disjoint-pair", assertReason(Reason.CONFLICT,
                () -> paths.explore(request, single, PathChoice.disjointPair(Disjointness.NODE))).tag(),
                "without pe2 both ways to pe3 pass pe4");
        RouteConstraints unknownRisk = new RouteConstraints(null, null, null, null, Set.of("no-such-srlg"), null,
                null);
        assertReason(Reason.NOT_FOUND, () -> paths.explore(request, unknownRisk, PathChoice.BEST));

        PathComputationRequest oneNode = new PathComputationRequest(List.of(sep("pe1-uni-1"), sep("pe1-uni-2")),
                null, null, null);
        assertEquals(1, paths.explore(oneNode, RouteConstraints.NONE, PathChoice.BEST).get(0).nodeIds().size());
        assertReason(Reason.INVALID_INPUT, () -> paths.explore(oneNode, RouteConstraints.NONE, PathChoice.best(3)));
        assertEquals("contradictory-constraints", assertReason(Reason.CONFLICT, () -> paths.explore(oneNode,
                viaPe6, PathChoice.BEST)).tag());
        assertTrue(paths.pathComputationServices().isEmpty(), "nothing kept");
    }

    private String node(String name) {
        return inventory.node(name).orElseThrow().uuid();
    }

    private static PrestoException assertReason(Reason reason, org.junit.jupiter.api.function.Executable call) {
        PrestoException e = assertThrows(PrestoException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
