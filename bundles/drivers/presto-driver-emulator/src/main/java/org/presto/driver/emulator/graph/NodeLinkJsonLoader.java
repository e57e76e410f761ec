package org.presto.driver.emulator.graph;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a networkx node-link JSON file, as the XLRON optical topologies are published. Expected members:
 * <ul>
 * <li>{@code nodes}: objects with {@code id} (number or string), optionally {@code name} (or {@code label}),
 * {@code latitude} and {@code longitude};</li>
 * <li>{@code links} (or {@code edges}, the newer networkx name): objects with {@code source} and {@code target}
 * (node ids) and optionally the length in kilometres as {@code distance} (what XLRON files carry) or
 * {@code length}. A {@code weight} member is deliberately ignored: it has no unit.</li>
 * </ul>
 * Without a length, the {@link NetworkGraphBuilder} default applies (great circle, else 100 km). The {@code directed}
 * flag is ignored: both directions of a pair collapse into one undirected span. The network is named after the file.
 */
public final class NodeLinkJsonLoader {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    public NetworkGraph load(Path file) throws NetworkLoadException {
        JsonNode root = read(file);
        if (!root.isObject()) {
            throw new NetworkLoadException(file, "is not a JSON object with \"nodes\" and \"links\"");
        }
        JsonNode nodes = root.path("nodes");
        if (!nodes.isArray()) {
            throw new NetworkLoadException(file, "has no \"nodes\" array");
        }
        JsonNode links = root.has("links") ? root.get("links") : root.path("edges");
        if (!links.isArray() && !links.isMissingNode()) {
            throw new NetworkLoadException(file, "\"links\" is not an array");
        }
        NetworkGraphBuilder builder = new NetworkGraphBuilder();
        try {
            for (JsonNode node : nodes) {
                String id = id(node, "id", "a node");
                builder.node(id, label(node), number(node, "latitude", id), number(node, "longitude", id));
            }
            for (JsonNode link : links) {
                String source = id(link, "source", "a link");
                String target = id(link, "target", "a link");
                builder.edge(source, target, lengthKm(link, source, target));
            }
            return builder.build(GraphmlLoader.networkName(file));
        } catch (IllegalArgumentException e) {
            throw new NetworkLoadException(file, e.getMessage(), e);
        }
    }

    private JsonNode read(Path file) throws NetworkLoadException {
        try {
            return mapper.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new NetworkLoadException(file, "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new NetworkLoadException(file, "cannot be read: " + e, e);
        }
    }

    private static String id(JsonNode element, String member, String what) {
        JsonNode id = element.get(member);
        if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
            throw new IllegalArgumentException(what + " has no \"" + member + "\" (number or string): " + element);
        }
        return id.asText();
    }

    private static String label(JsonNode node) {
        JsonNode label = node.has("name") ? node.get("name") : node.get("label");
        return label != null && label.isValueNode() && !label.isNull() ? label.asText() : null;
    }

    private static Double number(JsonNode element, String member, String owner) {
        JsonNode value = element.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(owner + ": \"" + member + "\" is not a number: " + value);
        }
        return value.doubleValue();
    }

    private static Double lengthKm(JsonNode link, String source, String target) {
        String owner = "link " + source + " -- " + target;
        Double distance = number(link, "distance", owner);
        return distance != null ? distance : number(link, "length", owner);
    }
}
