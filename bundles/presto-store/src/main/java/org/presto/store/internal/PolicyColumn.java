package org.presto.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

/**
 * The policies of an entry (by port) as the JSON of its {@code policies} column, written out member by member so
 * that the stored form does not follow the SPI records' Java shape:
 * {@code {"<port>": {"max-frame-bytes": 1600, "ingress": {"cir": 10000000, "cbs": 12176, ...}, "egress": ...,
 * "ingress-classes": [{"name": "H", "pcp": [5], "profile": {...}}], "egress-classes": [...],
 * "source-mac-limit": {"addresses": 4, "aging-ms": 300000}}}}.
 */
final class PolicyColumn {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyColumn() {
    }

    /** The column's text; null for no policies. */
    static String write(Map<String, UniPolicy> policies) {
        if (policies.isEmpty()) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        policies.forEach((port, policy) -> {
            ObjectNode node = root.putObject(port);
            if (policy.maxFrameBytes() > 0) {
                node.put("max-frame-bytes", policy.maxFrameBytes());
            }
            profile(node, "ingress", policy.ingress());
            profile(node, "egress", policy.egress());
            classes(node, "ingress-classes", policy.ingressClasses());
            classes(node, "egress-classes", policy.egressClasses());
            if (policy.sourceMacLimit() != null) {
                node.putObject("source-mac-limit").put("addresses", policy.sourceMacLimit().addresses())
                        .put("aging-ms", policy.sourceMacLimit().agingMillis());
            }
        });
        return root.toString();
    }

    private static void profile(ObjectNode parent, String name, BandwidthProfile profile) {
        if (profile != null) {
            parent.putObject(name).put("cir", profile.cirBps()).put("cbs", profile.cbsBytes())
                    .put("eir", profile.eirBps()).put("ebs", profile.ebsBytes())
                    .put("colour-aware", profile.colourAware()).put("coupled", profile.coupled());
        }
    }

    private static void classes(ObjectNode parent, String name, List<PcpClass> classes) {
        if (classes.isEmpty()) {
            return;
        }
        ArrayNode list = parent.putArray(name);
        for (PcpClass cls : classes) {
            ObjectNode node = list.addObject().put("name", cls.name());
            cls.pcpValues().forEach(node.putArray("pcp")::add);
            profile(node, "profile", cls.profile());
        }
    }

    private static List<PcpClass> classes(JsonNode list) {
        List<PcpClass> classes = new ArrayList<>();
        if (list != null) {
            for (JsonNode node : list) {
                Set<Integer> pcps = new TreeSet<>();
                node.path("pcp").forEach(pcp -> pcps.add(pcp.asInt()));
                classes.add(new PcpClass(node.path("name").asText(), pcps, profile(node.get("profile"))));
            }
        }
        return classes;
    }

    /** The policies in a column's text; none for null or empty. */
    static Map<String, UniPolicy> read(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, UniPolicy> policies = new LinkedHashMap<>();
            JSON.readTree(text).fields().forEachRemaining(port -> {
                JsonNode node = port.getValue();
                policies.put(port.getKey(), new UniPolicy(node.path("max-frame-bytes").asInt(0),
                        profile(node.get("ingress")), profile(node.get("egress")),
                        classes(node.get("ingress-classes")), classes(node.get("egress-classes")),
                        node.has("source-mac-limit") ? new SourceMacLimit(node.path("source-mac-limit")
                                .path("addresses").asInt(), node.path("source-mac-limit").path("aging-ms").asLong())
                                : null));
            });
            return policies;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policies are not JSON: " + text, e);
        }
    }

    private static BandwidthProfile profile(JsonNode node) {
        return node == null ? null : new BandwidthProfile(node.path("cir").asLong(), node.path("cbs").asLong(),
                node.path("eir").asLong(), node.path("ebs").asLong(), node.path("colour-aware").asBoolean(),
                node.path("coupled").asBoolean());
    }
}
