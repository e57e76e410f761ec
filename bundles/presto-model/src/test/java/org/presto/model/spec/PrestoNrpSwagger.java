package org.presto.model.spec;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The MEF Presto NRP swagger ({@code shared/spec/.../presto-nrp.yaml}) read as a tree, with the rules that map its
 * definitions onto the model: the swagger repeats one YANG grouping under several generated names (a service in each
 * RPC output, say), splits classes into "pacs" and augmentations that the model flattens, and wraps RPC inputs and
 * outputs; each remaining definition is one model type.
 */
final class PrestoNrpSwagger {
    private static final Pattern WRAPPER = Pattern.compile(".*(Input|Output)$");
    private static final Pattern SERVICE_COPY = Pattern.compile("tapi\\.connectivity\\.\\w+\\.output\\.Service");
    private static final Pattern END_POINT_COPY = Pattern.compile("tapi\\.connectivity\\.[\\w.]+\\.EndPoint");
    private static final Map<String, String> SAME_TYPE = Map.of(
            "tapi.common.context.ServiceInterfacePoint", "ServiceInterfacePoint",
            "tapi.common.getserviceinterfacepointdetails.output.Sip", "ServiceInterfacePoint",
            "tapi.common.getserviceinterfacepointlist.output.Sip", "ServiceInterfacePoint",
            "tapi.connectivity.connectivitycontext.ConnectivityService", "ConnectivityService",
            "tapi.topology.node.OwnedNodeEdgePoint", "NodeEdgePoint",
            "tapi.topology.topology.Node", "Node",
            "tapi.common.NameAndValue", "Name");
    /** Groupings the model flattens into the classes that use them, as the swagger's allOf does. */
    private static final List<String> FLATTENED = List.of("tapi.common.AdminStatePac", "tapi.common.CapacityPac",
            "tapi.common.GlobalClass", "tapi.common.LocalClass", "tapi.common.OperationalStatePac",
            "tapi.common.TerminationPac", "tapi.topology.TransferCostPac", "tapi.topology.TransferIntegrityPac",
            "tapi.topology.TransferTimingPac", "tapi.topology.RiskParameterPac", "tapi.topology.ValidationPac",
            "tapi.topology.LayerProtocolTransitionPac", "tapi.connectivity.RouteComputePolicy",
            "nrm.connectivity.CarrierEthInterfaceResource",
            // the bare groupings, which the model only has with their augmentations
            "tapi.common.ServiceInterfacePoint", "tapi.connectivity.ConnectivityServiceEndPoint",
            "tapi.topology.NodeEdgePoint", "tapi.topology.Node");

    private final JsonNode definitions;

    private PrestoNrpSwagger(JsonNode definitions) {
        this.definitions = definitions;
    }

    static PrestoNrpSwagger load() throws IOException {
        Path file = specRoot().resolve("mef-presto-sdk/grace/api/swagger/presto-nrp.yaml");
        return new PrestoNrpSwagger(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).get("definitions"));
    }

    private static Path specRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("spec");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("no shared/spec directory above " + Path.of("").toAbsolutePath());
    }

    JsonNode definition(String name) {
        return definitions.get(name);
    }

    /** Every definition that is a model type of its own, with the simple name of that type. */
    Map<String, String> modelTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (Iterator<String> names = definitions.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (FLATTENED.contains(name) || name.contains("Augmentation") || WRAPPER.matcher(name).matches()) {
                continue;
            }
            types.put(name, typeName(name));
        }
        return types;
    }

    static String typeName(String definition) {
        if (SAME_TYPE.containsKey(definition)) {
            return SAME_TYPE.get(definition);
        }
        if (SERVICE_COPY.matcher(definition).matches()) {
            return "ConnectivityService";
        }
        if (END_POINT_COPY.matcher(definition).matches()) {
            return "ConnectivityServiceEndPoint";
        }
        return definition.substring(definition.lastIndexOf('.') + 1);
    }

    /** The properties of a definition with its allOf parts resolved, as one flat list. */
    Map<String, JsonNode> properties(String name) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        JsonNode definition = definitions.get(name);
        List<JsonNode> parts = new ArrayList<>();
        if (definition.has("allOf")) {
            definition.get("allOf").forEach(parts::add);
        } else {
            parts.add(definition);
        }
        for (JsonNode part : parts) {
            if (part.has("$ref")) {
                result.putAll(properties(refName(part)));
            } else if (part.has("properties")) {
                part.get("properties").properties().forEach(e -> result.put(e.getKey(), e.getValue()));
            }
        }
        return result;
    }

    static String refName(JsonNode schema) {
        String ref = schema.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
