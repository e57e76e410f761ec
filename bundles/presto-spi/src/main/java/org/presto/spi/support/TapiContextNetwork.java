package org.presto.spi.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presto.model.Context;
import org.presto.model.Link;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.Topology;
import org.presto.model.tapi.ImportedContext;
import org.presto.model.tapi.InvalidTapiContextException;
import org.presto.model.tapi.TapiContextCodec;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DiscoveredTopology;

/**
 * A network given as a TAPI context (a file as {@link TapiContextCodec#importContext} reads it: 2.1.x, 2.0 and 2.4
 * shapes, wrapped or bare): its nodes, edge points, SIPs and links as they are, every layer included, in the
 * context's own topologies (uuids, names, which nodes and links each holds), so that Presto serves and exports them
 * as the file has them. Connection end points are left out: they belong to connections, which Presto makes.
 *
 * @param name    the context's first name, else the file's name
 * @param network the network
 * @param ignored what the import left out, each with its place in the file
 */
public record TapiContextNetwork(String name, DiscoveredNetwork network, List<ImportedContext.Ignored> ignored) {

    public TapiContextNetwork {
        ignored = List.copyOf(ignored);
    }

    /**
     * Reads a TAPI context file.
     *
     * @throws InvalidTapiContextException if the file is no TAPI context, or one with no nodes
     */
    public static TapiContextNetwork read(Path file) throws IOException, InvalidTapiContextException {
        ImportedContext imported;
        try (InputStream in = Files.newInputStream(file)) {
            imported = new TapiContextCodec().importContext(in);
        }
        Context context = imported.context();
        if (context.topology().stream().allMatch(topology -> topology.node().isEmpty())) {
            throw new InvalidTapiContextException("/", "the context has no nodes");
        }
        String name = context.name().stream().map(Name::value).findFirst().orElse(file.getFileName().toString());
        return new TapiContextNetwork(name, of(context), imported.ignored());
    }

    /** The network of a context; empty if it has no nodes. */
    public static DiscoveredNetwork of(Context context) {
        // a node or link that several topologies hold is one node or link of the network
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        List<DiscoveredTopology> topologies = new ArrayList<>();
        for (Topology topology : context.topology()) {
            topology.node().forEach(node -> nodes.putIfAbsent(node.uuid(), withoutConnectionEndPoints(node)));
            topology.link().forEach(link -> links.putIfAbsent(link.uuid(), link));
            topologies.add(new DiscoveredTopology(topology.uuid(), topology.name(), topology.layerProtocolName(),
                    topology.node().stream().map(Node::uuid).toList(),
                    topology.link().stream().map(Link::uuid).toList()));
        }
        return new DiscoveredNetwork(List.copyOf(nodes.values()), List.copyOf(links.values()),
                context.serviceInterfacePoint(), topologies);
    }

    private static Node withoutConnectionEndPoints(Node node) {
        return node.withOwnedNodeEdgePoint(node.ownedNodeEdgePoint().stream()
                .map(nep -> nep.withConnectionEndPoint(List.of())).toList());
    }
}
