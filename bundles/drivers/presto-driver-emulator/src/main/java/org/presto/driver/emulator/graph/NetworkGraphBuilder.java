package org.presto.driver.emulator.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the nodes and edges a file loader reads, keyed by the file's own node ids, and turns them into a
 * {@link NetworkGraph} with the rules every source shares:
 * <ul>
 * <li>a node is named after its label, or its id when it has none; labels used by more than one node get
 * {@code -<id>} appended, so names never depend on the order of the file;</li>
 * <li>self-loops are dropped (a switch port cannot be cabled to the same switch in this model);</li>
 * <li>parallel edges between the same two nodes collapse into one span, the shortest, since the emulated switches
 * have one trunk port per neighbour;</li>
 * <li>a length the file does not give is the great-circle distance when both ends have a position, else
 * {@value #DEFAULT_LENGTH_KM} km.</li>
 * </ul>
 * Problems are reported as {@link IllegalArgumentException} with a message meant for the operator.
 */
public final class NetworkGraphBuilder {
    public static final double DEFAULT_LENGTH_KM = 100.0;

    private record NodeRecord(String id, String label, Double latitude, Double longitude) {
    }

    private record EdgeRecord(String idA, String idB, Double lengthKm) {
    }

    private final Map<String, NodeRecord> nodesById = new LinkedHashMap<>();
    private final List<EdgeRecord> edges = new ArrayList<>();

    /**
     * @param id the node's id in the file, unique there
     * @param label the node's display name, or null/blank for none
     * @param latitude degrees, or null when unknown
     * @param longitude degrees, or null when unknown
     */
    public NetworkGraphBuilder node(String id, String label, Double latitude, Double longitude) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a node has no id");
        }
        if (nodesById.containsKey(id)) {
            throw new IllegalArgumentException("node id " + id + " is used twice");
        }
        boolean placed = isLatitude(latitude) && isLongitude(longitude);
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        nodesById.put(id, new NodeRecord(id, cleanLabel, placed ? latitude : null, placed ? longitude : null));
        return this;
    }

    /**
     * @param lengthKm the length the file gives, or null to derive it
     */
    public NetworkGraphBuilder edge(String idA, String idB, Double lengthKm) {
        if (lengthKm != null && (!Double.isFinite(lengthKm) || lengthKm < 0)) {
            throw new IllegalArgumentException("edge " + idA + " -- " + idB + " has an invalid length " + lengthKm);
        }
        edges.add(new EdgeRecord(idA, idB, lengthKm));
        return this;
    }

    public NetworkGraph build(String networkName) {
        if (nodesById.isEmpty()) {
            throw new IllegalArgumentException("the network has no nodes");
        }
        Map<String, Site> sitesById = uniquelyNamedSites();
        Map<String, Span> spansByPair = new LinkedHashMap<>();
        for (EdgeRecord edge : edges) {
            Site a = requireSite(sitesById, edge.idA(), edge);
            Site b = requireSite(sitesById, edge.idB(), edge);
            if (edge.idA().equals(edge.idB())) {
                continue;
            }
            Span span = new Span(a.name(), b.name(), lengthOf(edge, a, b));
            // the first edge of a pair decides its orientation (and so the link's name), the shortest its length
            spansByPair.merge(pairKey(edge.idA(), edge.idB()), span, (kept, parallel) -> parallel.lengthKm()
                    < kept.lengthKm() ? new Span(kept.siteA(), kept.siteB(), parallel.lengthKm()) : kept);
        }
        return new NetworkGraph(networkName, List.copyOf(sitesById.values()), List.copyOf(spansByPair.values()));
    }

    private Map<String, Site> uniquelyNamedSites() {
        Map<String, Integer> labelUse = new HashMap<>();
        for (NodeRecord node : nodesById.values()) {
            labelUse.merge(baseName(node), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        Map<String, Site> sites = new LinkedHashMap<>();
        for (NodeRecord node : nodesById.values()) {
            String name = baseName(node);
            if (labelUse.get(name) > 1) {
                name = name + "-" + node.id();
            }
            // only a label that happens to look like "<other label>-<id>" can still clash; ids keep it finite
            while (!taken.add(name)) {
                name = name + "-" + node.id();
            }
            sites.put(node.id(), new Site(name, node.latitude(), node.longitude()));
        }
        return sites;
    }

    private static String baseName(NodeRecord node) {
        return node.label() != null ? node.label() : node.id();
    }

    private static Site requireSite(Map<String, Site> sitesById, String id, EdgeRecord edge) {
        Site site = sitesById.get(id);
        if (site == null) {
            throw new IllegalArgumentException(
                    "edge " + edge.idA() + " -- " + edge.idB() + " refers to node id " + id + ", which does not exist");
        }
        return site;
    }

    private static double lengthOf(EdgeRecord edge, Site a, Site b) {
        if (edge.lengthKm() != null) {
            return edge.lengthKm();
        }
        if (a.hasPosition() && b.hasPosition()) {
            return GreatCircle.distanceKm(a, b);
        }
        return DEFAULT_LENGTH_KM;
    }

    private static String pairKey(String idA, String idB) {
        return idA.compareTo(idB) < 0 ? idA + '\0' + idB : idB + '\0' + idA;
    }

    private static boolean isLatitude(Double value) {
        return value != null && Double.isFinite(value) && value >= -90 && value <= 90;
    }

    private static boolean isLongitude(Double value) {
        return value != null && Double.isFinite(value) && value >= -180 && value <= 180;
    }
}
