package org.presto.driver.emulator.tapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.presto.driver.emulator.graph.NetworkLoadException;
import org.presto.model.Context;
import org.presto.model.Link;
import org.presto.model.Name;
import org.presto.model.Node;
import org.presto.model.Topology;
import org.presto.model.tapi.InvalidTapiContextException;
import org.presto.model.tapi.TapiContextCodec;
import org.presto.spi.DiscoveredNetwork;

/**
 * A network given as a TAPI 2.1.3 context file: the emulator offers its nodes, edge points, SIPs and links as they
 * are, every layer included. Connection end points are left out: they belong to connections, which Presto makes.
 */
public record TapiContextNetwork(String name, DiscoveredNetwork network) {
    private static final String ROOT_MEMBER = "tapi-common:context";

    /** Whether a JSON file is a TAPI context document, judged by its first member. */
    public static boolean isTapiContext(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && ROOT_MEMBER.equals(parser.currentName());
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            return false;
        }
    }

    public static TapiContextNetwork load(Path file) throws NetworkLoadException {
        Context context;
        try (InputStream in = Files.newInputStream(file)) {
            context = new TapiContextCodec().read(in);
        } catch (InvalidTapiContextException e) {
            throw new NetworkLoadException(file, "is not a TAPI 2.1.3 context Presto can emulate: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new NetworkLoadException(file, "cannot be read: " + e.getMessage(), e);
        }
        List<Node> nodes = context.topology().stream().map(Topology::node).flatMap(List::stream)
                .map(TapiContextNetwork::withoutConnectionEndPoints).toList();
        List<Link> links = context.topology().stream().map(Topology::link).flatMap(List::stream).toList();
        if (nodes.isEmpty()) {
            throw new NetworkLoadException(file, "has no nodes to emulate");
        }
        String name = context.name().stream().map(Name::value).findFirst()
                .orElse(file.getFileName().toString());
        return new TapiContextNetwork(name, new DiscoveredNetwork(nodes, links, context.serviceInterfacePoint()));
    }

    private static Node withoutConnectionEndPoints(Node node) {
        return node.withOwnedNodeEdgePoint(node.ownedNodeEdgePoint().stream()
                .map(nep -> nep.withConnectionEndPoint(List.of())).toList());
    }
}
