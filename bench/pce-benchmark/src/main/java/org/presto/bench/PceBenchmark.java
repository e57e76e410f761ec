package org.presto.bench;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.SuurballeKDisjointShortestPaths;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.presto.model.Link;
import org.presto.model.RouteObjectiveFunction;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.pce.SpectrumRequest;
import org.presto.pce.SpectrumResult;
import org.presto.pce.internal.PathComputerComponent;

/**
 * Presto's path computer and JGraphT 1.5.2 on the same graphs and the same random endpoint pairs, per request:
 * shortest path, constrained path (capacity prune and two excluded nodes), 10 shortest paths, and a link-disjoint
 * pair. Run with {@code mvn -B -q -pl bench/pce-benchmark exec:exec}; median and percentiles per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PceBenchmark {
    /**
     * 10 Gbit/s of the 1 to 100 each link has: about one link in ten too full, and most requests still routable, as
     * in GUIDE.md's measurement. (At 30 Gbit/s the 10 000-node graph falls apart and most requests fail early.)
     */
    static final long REQUIRED_KBPS = 10_000_000L;

    @Param({"jpn48", "geometric10000"})
    public String graph;

    private BenchmarkGraphs.Graphs graphs;
    private final PathComputerComponent presto = new PathComputerComponent();
    private String source;
    private String target;
    private Set<String> excluded;
    private long requiredKbps;
    private Random random;

    @Setup(Level.Trial)
    public void load() throws Exception {
        graphs = graph.equals("jpn48") ? BenchmarkGraphs.jpn48() : BenchmarkGraphs.geometric(10_000, 3, 20261124L);
        random = new Random(42);
        spectrumMap = spectrumMap(new Random(7));
    }

    /** A new pair of endpoints for every call, the same sequence for both computers. */
    @Setup(Level.Invocation)
    public void pickEndpoints() {
        List<String> nodes = graphs.nodes();
        source = nodes.get(random.nextInt(nodes.size()));
        do {
            target = nodes.get(random.nextInt(nodes.size()));
        } while (target.equals(source));
        String a;
        String b;
        do {
            a = nodes.get(random.nextInt(nodes.size()));
            b = nodes.get(random.nextInt(nodes.size()));
        } while (a.equals(b) || a.equals(source) || a.equals(target) || b.equals(source) || b.equals(target));
        excluded = Set.of(a, b);
        requiredKbps = REQUIRED_KBPS;
    }

    private PathRequest request(PathConstraints constraints) {
        return new PathRequest(graphs.topology(), source, target, RouteObjectiveFunction.MIN_WORK_ROUTE_COST,
                constraints);
    }

    @Benchmark
    public PathResult prestoShortest() {
        return presto.shortestPath(request(PathConstraints.NONE));
    }

    @Benchmark
    public GraphPath<String, DefaultWeightedEdge> jgraphtShortest() {
        return new DijkstraShortestPath<>(graphs.jgrapht()).getPath(source, target);
    }

    private int constrainedRequests;
    private int constrainedRouted;

    @Benchmark
    public PathResult prestoConstrained() {
        PathResult result = presto.shortestPath(request(new PathConstraints(requiredKbps, excluded, null, null, null,
                null, null)));
        constrainedRequests++;
        constrainedRouted += result instanceof PathResult.Found ? 1 : 0;
        return result;
    }

    /** How many constrained requests had a route, so that the figures say what they measured. */
    @TearDown(Level.Trial)
    public void report() {
        if (constrainedRequests > 0) {
            System.out.printf("%n%s: %d of %d constrained requests routed (%.0f %%)%n", graph, constrainedRouted,
                    constrainedRequests, 100.0 * constrainedRouted / constrainedRequests);
        }
    }

    @Benchmark
    public GraphPath<String, DefaultWeightedEdge> jgraphtConstrained() {
        Graph<String, DefaultWeightedEdge> g = graphs.jgrapht();
        Graph<String, DefaultWeightedEdge> pruned = new MaskSubgraph<>(g, excluded::contains,
                edge -> capacityOf(edge) < requiredKbps);
        return new DijkstraShortestPath<>(pruned).getPath(source, target);
    }

    @Benchmark
    public List<ComputedPath> prestoTenShortest() {
        return presto.kShortestPaths(request(PathConstraints.NONE), 10);
    }

    @Benchmark
    public List<GraphPath<String, DefaultWeightedEdge>> jgraphtTenShortest() {
        return new YenKShortestPath<>(graphs.jgrapht()).getPaths(source, target, 10);
    }

    @Benchmark
    public Object prestoDisjointPair() {
        return presto.disjointPair(request(PathConstraints.NONE), Disjointness.LINK);
    }

    @Benchmark
    public List<GraphPath<String, DefaultWeightedEdge>> jgraphtDisjointPair() {
        return new SuurballeKDisjointShortestPaths<>(graphs.jgraphtDirected()).getPaths(source, target, 2);
    }

    private SpectrumMap spectrumMap;

    /** Every link's spectrum about 70 % taken at random: a loaded network where first fit must look past a few. */
    private SpectrumMap spectrumMap(Random seeded) {
        java.util.Map<String, java.util.BitSet> map = new java.util.HashMap<>();
        for (Link link : graphs.topology().link()) {
            java.util.BitSet slots = new java.util.BitSet(SpectrumGrid.SLOTS);
            for (int slot = 0; slot < SpectrumGrid.SLOTS; slot++) {
                if (seeded.nextInt(10) < 7) {
                    slots.set(slot);
                }
            }
            map.put(link.uuid(), slots);
        }
        return SpectrumMap.of(map);
    }

    /** Routing and spectrum assignment: 5 candidate paths, a 50 GHz (4-slot) flexible-grid channel, first fit. */
    @Benchmark
    public SpectrumResult prestoRwa() {
        return presto.routeAndAssignSpectrum(request(PathConstraints.NONE), new SpectrumRequest(
                SpectrumGrid.FLEX_12_5_GHZ, 50_000, SpectrumRequest.SpectrumPolicy.FIRST_FIT, spectrumMap));
    }

    /** The capacity JGraphT prunes on: the same as the topology link's, looked up by the edge's ends. */
    private long capacityOf(DefaultWeightedEdge edge) {
        return capacities().getOrDefault(edge, Long.MAX_VALUE);
    }

    private java.util.Map<DefaultWeightedEdge, Long> capacityByEdge;

    private java.util.Map<DefaultWeightedEdge, Long> capacities() {
        if (capacityByEdge == null) {
            capacityByEdge = new java.util.HashMap<>();
            for (Link link : graphs.topology().link()) {
                DefaultWeightedEdge edge = graphs.jgrapht().getEdge(link.nodeEdgePoint().get(0).nodeId(),
                        link.nodeEdgePoint().get(1).nodeId());
                if (edge != null && link.availableCapacity() != null) {
                    capacityByEdge.put(edge, link.availableCapacity().toKbps());
                }
            }
        }
        return capacityByEdge;
    }
}
