package org.presto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.presto.driver.emulator.graph.NodeLinkJsonLoader;
import org.presto.driver.emulator.tapi.TapiNetworkMapper;
import org.presto.model.Capacity;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.Node;
import org.presto.model.NodeBuilder;
import org.presto.model.OperationalState;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.Topology;
import org.presto.model.TopologyBuilder;
import org.presto.spi.DiscoveredNetwork;

/**
 * The graphs both path computers run on, each as a Presto topology and as a JGraphT graph with the same integer
 * weights: a real ~50-node network from shared/topologies, and a generated 10 000-node geometric graph (random points,
 * each joined to its 3 nearest neighbours), the kind GUIDE.md measured JGraphT on.
 */
final class BenchmarkGraphs {
    /** The graphs; JGraphT's Suurballe takes directed graphs only, so it gets each link as two arcs. */
    record Graphs(Topology topology, Graph<String, DefaultWeightedEdge> jgrapht,
                  Graph<String, DefaultWeightedEdge> jgraphtDirected, List<String> nodes) {
    }

    private BenchmarkGraphs() {
    }

    static Graphs jpn48() throws Exception {
        Path file = shared().resolve("topologies/optical/xlron/jpn48_undirected.json");
        DiscoveredNetwork network = new TapiNetworkMapper("bench", 0, 10_000, 100_000)
                .map(new NodeLinkJsonLoader().load(file));
        Topology topology = TopologyBuilder.builder().uuid("t").node(network.nodes()).link(network.links()).build();
        return withJGraphT(topology);
    }

    static Graphs geometric(int n, int neighbours, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(NodeBuilder.builder().uuid("n" + i).operationalState(OperationalState.ENABLED).build());
        }
        java.util.Set<Long> joined = new java.util.HashSet<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] nearest = nearest(x, y, i, neighbours);
            for (int j : nearest) {
                long key = Math.min(i, j) * (long) n + Math.max(i, j);
                if (joined.add(key)) {
                    long km = 1 + Math.round(Math.hypot(x[i] - x[j], y[i] - y[j]) * 2000);
                    links.add(link("n" + Math.min(i, j), "n" + Math.max(i, j), km, 1 + random.nextInt(100)));
                }
            }
        }
        return withJGraphT(TopologyBuilder.builder().uuid("t").node(nodes).link(links).build());
    }

    private static int[] nearest(double[] x, double[] y, int from, int count) {
        int[] best = new int[count];
        double[] distance = new double[count];
        java.util.Arrays.fill(distance, Double.MAX_VALUE);
        for (int j = 0; j < x.length; j++) {
            if (j == from) {
                continue;
            }
            double d = (x[j] - x[from]) * (x[j] - x[from]) + (y[j] - y[from]) * (y[j] - y[from]);
            for (int slot = 0; slot < count; slot++) {
                if (d < distance[slot]) {
                    System.arraycopy(distance, slot, distance, slot + 1, count - slot - 1);
                    System.arraycopy(best, slot, best, slot + 1, count - slot - 1);
                    distance[slot] = d;
                    best[slot] = j;
                    break;
                }
            }
        }
        return best;
    }

    private static Link link(String a, String b, long cost, long gbps) {
        String id = a + "--" + b;
        return LinkBuilder.builder()
                .uuid(id)
                .nodeEdgePoint(List.of(new OwnedNodeEdgePointRef("t", a, id + "/a"),
                        new OwnedNodeEdgePointRef("t", b, id + "/b")))
                .operationalState(OperationalState.ENABLED)
                .availableCapacity(Capacity.mbps(gbps * 1000))
                .costCharacteristic(List.of(new CostCharacteristic("cost", Long.toString(cost), null)))
                .latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(cost * 5)))
                .build();
    }

    /** The same graph for JGraphT, with the cost each link states (the objective both are asked for). */
    private static Graphs withJGraphT(Topology topology) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Graph<String, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        topology.node().forEach(node -> {
            graph.addVertex(node.uuid());
            directed.addVertex(node.uuid());
        });
        for (Link link : topology.link()) {
            String a = link.nodeEdgePoint().get(0).nodeId();
            String b = link.nodeEdgePoint().get(1).nodeId();
            double weight = Long.parseLong(link.costCharacteristic().get(0).costValue());
            DefaultWeightedEdge edge = graph.addEdge(a, b);
            if (edge != null) {
                graph.setEdgeWeight(edge, weight);
                directed.setEdgeWeight(directed.addEdge(a, b), weight);
                directed.setEdgeWeight(directed.addEdge(b, a), weight);
            }
        }
        return new Graphs(topology, graph, directed, topology.node().stream().map(Node::uuid).toList());
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
