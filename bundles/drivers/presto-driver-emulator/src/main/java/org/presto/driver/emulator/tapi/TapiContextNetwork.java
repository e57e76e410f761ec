package org.presto.driver.emulator.tapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presto.driver.emulator.graph.NetworkLoadException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network given as a TAPI context file (2.1.x, read as {@link TapiContextCodec#importContext} reads it): the
 * emulator offers its nodes, edge points, SIPs and links as they are, every layer included, in the file's own
 * topologies (uuids, names, which nodes and links each holds), so that Presto serves and exports them as the file
 * has them. Connection end points are left out: they belong to connections, which Presto makes.
 */
public record TapiContextNetwork(String name, DiscoveredNetwork network) {
    private static final Logger LOG = LoggerFactory.getLogger(TapiContextNetwork.class);
    private static final int LOGGED_IGNORED = 10;

    /** Whether a JSON file is a TAPI context document, wrapped or bare; anything else, e.g. node-link JSON, is not. */
    public static boolean isTapiContext(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TapiContextCodec.isContextDocument(new ObjectMapper().readTree(in));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    public static TapiContextNetwork load(Path file) throws NetworkLoadException {
        ImportedContext imported;
        try (InputStream in = Files.newInputStream(file)) {
            imported = new TapiContextCodec().importContext(in);
        } catch (InvalidTapiContextException e) {
            throw new NetworkLoadException(file, "is not a TAPI context Presto can emulate: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new NetworkLoadException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (!imported.ignored().isEmpty()) {
            LOG.warn("{}: left out {} members Presto does not take, e.g. {}", file, imported.ignored().size(),
                    imported.ignored().subList(0, Math.min(LOGGED_IGNORED, imported.ignored().size())));
        }
        Context context = imported.context();
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
        if (nodes.isEmpty()) {
            throw new NetworkLoadException(file, "has no nodes to emulate");
        }
        String name = context.name().stream().map(Name::value).findFirst()
                .orElse(file.getFileName().toString());
        return new TapiContextNetwork(name, new DiscoveredNetwork(List.copyOf(nodes.values()),
                List.copyOf(links.values()), context.serviceInterfacePoint(), topologies));
    }

    private static Node withoutConnectionEndPoints(Node node) {
        return node.withOwnedNodeEdgePoint(node.ownedNodeEdgePoint().stream()
                .map(nep -> nep.withConnectionEndPoint(List.of())).toList());
    }
}
