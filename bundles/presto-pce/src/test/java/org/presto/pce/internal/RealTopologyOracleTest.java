package org.presto.pce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.SuurballeKDisjointShortestPaths;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.WeightedMultigraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.NodeBuilder;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.RiskCharacteristic;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;

/**
 * The path computer against JGraphT 1.5.2 on every real topology in shared/topologies (node-link JSON): for random
 * requests with random capacity, node, link and risk exclusions, the shortest path, the ten shortest paths and the
 * link- and node-disjoint pairs must cost what JGraphT finds on the same graph pruned by the test itself, and every
 * path returned must satisfy every constraint.
 */
class RealTopologyOracleTest {
    private static final int REQUESTS = 40;
    private final PathComputerComponent pce = new PathComputerComponent();

    /** One link of a real network as the test knows it, independently of the path computer's compiled form. */
    private record Edge(String id, String a, String b, long km, long gbps, String risk) {
    }

    static Stream<Path> topologies() throws IOException {
        Path shared = shared();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("topologies/optical/xlron", "topologies/topohub/gabriel")) {
            try (Stream<Path> listing = Files.list(shared.resolve(dir))) {
                listing.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 20, "the real topologies are in " + shared);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("topologies")
    void agreesWithJGraphT(Path file) throws IOException {
        Random random = new Random(file.getFileName().toString().hashCode());
        List<Edge> edges = edges(file, random);
        List<String> nodes = edges.stream().flatMap(e -> Stream.of(e.a(), e.b())).distinct().sorted().toList();
        Topology topology = topology(nodes, edges);
        for (int i = 0; i < REQUESTS; i++) {
            String source = nodes.get(random.nextInt(nodes.size()));
            String target = nodes.get(random.nextInt(nodes.size()));
            if (source.equals(target)) {
                continue;
            }
            PathConstraints constraints = constraints(random, nodes, edges, source, target);
            String where = file.getFileName() + " " + source + " -> " + target + " " + constraints;
            List<Edge> usable = edges.stream().filter(e -> usable(e, constraints)).toList();
            PathRequest request = new PathRequest(topology, source, target,
                    RouteObjectiveFunction.MIN_WORK_ROUTE_COST, constraints);

            GraphPath<String, DefaultWeightedEdge> best = new DijkstraShortestPath<>(undirected(nodes,
                    usable)).getPath(source,
                    target);
            PathResult ours = pce.shortestPath(request);
            if (best == null) {
                assertTrue(ours instanceof PathResult.NotFound, where);
                continue;
            }
            ComputedPath path = ((PathResult.Found) ours).path();
            assertEquals((long) best.getWeight(), path.metric(), where);
            assertValid(path, constraints, source, target, where);

            List<GraphPath<String, DefaultWeightedEdge>> yen = new YenKShortestPath<>(undirected(nodes,
                    usable)).getPaths(source,
                    target, 10);
            List<ComputedPath> tenShortest = pce.kShortestPaths(request, 10);
            assertEquals(yen.stream().map(p -> (long) p.getWeight()).toList(),
                    tenShortest.stream().map(ComputedPath::metric).toList(), where);
            tenShortest.forEach(p -> assertValid(p, constraints, source, target, where));
            assertEquals(tenShortest.size(), new HashSet<>(tenShortest.stream().map(ComputedPath::links).toList())
                    .size(), "ten different paths: " + where);

            for (Disjointness disjointness : List.of(Disjointness.LINK, Disjointness.NODE)) {
                List<GraphPath<String, DefaultWeightedEdge>> pair = new SuurballeKDisjointShortestPaths<>(
                        directed(usable, disjointness, source, target)).getPaths(out(source, disjointness),
                        in(target, disjointness), 2);
                var ourPair = pce.disjointPair(request, disjointness);
                String what = where + " " + disjointness;
                if (pair.size() < 2) {
                    assertTrue(ourPair.isEmpty(), what);
                    continue;
                }
                List<ComputedPath> two = ourPair.orElseThrow(() -> new AssertionError("no pair: " + what));
                two.forEach(p -> assertValid(p, constraints, source, target, what));
                assertTrue(disjoint(two.get(0), two.get(1), disjointness), what);
                assertEquals((long) (pair.get(0).getWeight() + pair.get(1).getWeight()),
                        two.get(0).metric() + two.get(1).metric(), what);
            }
            // risk-disjoint pairs have no oracle at this size (NP-hard): valid, and never cheaper than link-disjoint
            pce.disjointPair(request, Disjointness.SRLG).ifPresent(two -> {
                two.forEach(p -> assertValid(p, constraints, source, target, where));
                assertTrue(disjoint(two.get(0), two.get(1), Disjointness.SRLG), "SRLG " + where);
                long linkDisjoint = pce.disjointPair(request, Disjointness.LINK).map(p -> p.get(0).metric()
                        + p.get(1).metric()).orElseThrow();
                assertTrue(two.get(0).metric() + two.get(1).metric() >= linkDisjoint, "SRLG " + where);
            });
        }
    }

    private static boolean usable(Edge edge, PathConstraints c) {
        return edge.gbps() * 1_000_000 >= c.requiredKbps() && !c.excludedLinkIds().contains(edge.id())
                && !c.excludedNodeIds().contains(edge.a()) && !c.excludedNodeIds().contains(edge.b())
                && !c.excludedRisks().contains(edge.risk());
    }

    private static Graph<String, DefaultWeightedEdge> undirected(List<String> nodes, List<Edge> edges) {
        Graph<String, DefaultWeightedEdge> graph = new WeightedMultigraph<>(DefaultWeightedEdge.class);
        nodes.forEach(graph::addVertex);
        for (Edge edge : edges) {
            graph.setEdgeWeight(graph.addEdge(edge.a(), edge.b()), edge.km());
        }
        return graph;
    }

    /**
     * Each link as two arcs; for node disjointness each node split into an entry and an exit joined by a free arc,
     * which JGraphT's Suurballe (link-disjoint only) then keeps apart.
     */
    private static Graph<String, DefaultWeightedEdge> directed(List<Edge> edges, Disjointness disjointness,
                                                               String source, String target) {
        Graph<String, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        Set<String> nodes = new HashSet<>();
        for (Edge edge : edges) {
            for (String[] ends : List.of(new String[] {edge.a(), edge.b()}, new String[] {edge.b(), edge.a()})) {
                String from = out(ends[0], disjointness);
                String to = in(ends[1], disjointness);
                graph.addVertex(from);
                graph.addVertex(to);
                graph.setEdgeWeight(graph.addEdge(from, to), edge.km());
                nodes.add(ends[0]);
            }
        }
        graph.addVertex(out(source, disjointness));
        graph.addVertex(in(target, disjointness));
        if (disjointness == Disjointness.NODE) {
            for (String node : nodes) {
                graph.addVertex(in(node, disjointness));
                graph.addVertex(out(node, disjointness));
                graph.setEdgeWeight(graph.addEdge(in(node, disjointness), out(node, disjointness)), 0);
            }
        }
        return graph;
    }

    private static String in(String node, Disjointness disjointness) {
        return disjointness == Disjointness.NODE ? node + "#in" : node;
    }

    private static String out(String node, Disjointness disjointness) {
        return disjointness == Disjointness.NODE ? node + "#out" : node;
    }

    private static void assertValid(ComputedPath path, PathConstraints c, String source, String target,
                                    String where) {
        assertEquals(source, path.nodeIds().get(0), where);
        assertEquals(target, path.nodeIds().get(path.nodeIds().size() - 1), where);
        assertEquals(path.nodeIds().size(), new HashSet<>(path.nodeIds()).size(), "loopless: " + where);
        for (int i = 0; i < path.links().size(); i++) {
            Link link = path.links().get(i);
            Set<String> ends = Set.of(link.nodeEdgePoint().get(0).nodeId(), link.nodeEdgePoint().get(1).nodeId());
            assertEquals(Set.of(path.nodeIds().get(i), path.nodeIds().get(i + 1)), ends, "link joins: " + where);
            assertTrue(link.availableCapacity().toKbps() >= c.requiredKbps(), "capacity: " + where);
            assertTrue(!c.excludedLinkIds().contains(link.uuid()), "excluded link: " + where);
            assertTrue(link.riskCharacteristic().stream().flatMap(r -> r.riskIdentifierList().stream())
                    .noneMatch(c.excludedRisks()::contains), "excluded risk: " + where);
        }
        assertTrue(path.nodeIds().stream().noneMatch(c.excludedNodeIds()::contains), "excluded node: " + where);
    }

    private static boolean disjoint(ComputedPath a, ComputedPath b, Disjointness disjointness) {
        if (a.links().stream().anyMatch(b.links()::contains)) {
            return false;
        }
        if (disjointness == Disjointness.LINK) {
            return true;
        }
        if (disjointness == Disjointness.SRLG) {
            Set<String> risks = new HashSet<>();
            a.links().forEach(l -> l.riskCharacteristic().forEach(r -> risks.addAll(r.riskIdentifierList())));
            return b.links().stream().flatMap(l -> l.riskCharacteristic().stream())
                    .flatMap(r -> r.riskIdentifierList().stream()).noneMatch(risks::contains);
        }
        Set<String> inner = new HashSet<>(a.nodeIds().subList(1, a.nodeIds().size() - 1));
        return b.nodeIds().subList(1, b.nodeIds().size() - 1).stream().noneMatch(inner::contains);
    }

    private static PathConstraints constraints(Random random, List<String> nodes, List<Edge> edges, String source,
                                               String target) {
        Set<String> excludedNodes = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String node = nodes.get(random.nextInt(nodes.size()));
            if (!node.equals(source) && !node.equals(target)) {
                excludedNodes.add(node);
            }
        }
        Set<String> excludedLinks = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            excludedLinks.add(edges.get(random.nextInt(edges.size())).id());
        }
        Set<String> risks = random.nextInt(3) == 0 ? Set.of("srlg-" + random.nextInt(8)) : Set.of();
        long kbps = random.nextBoolean() ? 1_000_000L * random.nextInt(40) : 0;
        return new PathConstraints(kbps, excludedNodes, excludedLinks, risks, null, null, null);
    }

    /** The file's links with integer kilometres as cost, and random capacity and shared risk (seeded). */
    private static List<Edge> edges(Path file, Random random) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Edge> edges = new ArrayList<>();
        for (JsonNode link : root.has("links") ? root.get("links") : root.get("edges")) {
            JsonNode length = link.has("distance") ? link.get("distance") : link.get("dist");
            String a = "n" + link.get("source").asText();
            String b = "n" + link.get("target").asText();
            edges.add(new Edge(a + "-" + b + "-" + edges.size(), a, b, Math.max(1, Math.round(length.asDouble())),
                    1 + random.nextInt(100), "srlg-" + random.nextInt(8)));
        }
        return edges;
    }

    private static Topology topology(List<String> nodes, List<Edge> edges) {
        List<Link> links = new ArrayList<>();
        for (Edge edge : edges) {
            links.add(LinkBuilder.builder()
                    .uuid(edge.id())
                    .nodeEdgePoint(List.of(new OwnedNodeEdgePointRef("t", edge.a(), edge.id() + "/a"),
                            new OwnedNodeEdgePointRef("t", edge.b(), edge.id() + "/b")))
                    .operationalState(OperationalState.ENABLED)
                    .availableCapacity(Capacity.mbps(edge.gbps() * 1000))
                    .costCharacteristic(List.of(new CostCharacteristic("km", Long.toString(edge.km()), null)))
                    .latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(edge.km() * 5)))
                    .riskCharacteristic(List.of(new RiskCharacteristic("srlg", List.of(edge.risk()))))
                    .build());
        }
        return TopologyBuilder.builder().uuid("t")
                .node(nodes.stream().map(id -> NodeBuilder.builder().uuid(id).build()).toList())
                .link(links).build();
    }

    private static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/topologies"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/topologies above " + Path.of("").toAbsolutePath());
    }
}
