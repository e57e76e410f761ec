package org.presto.model.tapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the context in a document however it is wrapped: RFC 7951 {@code {"tapi-common:context": {...}}}, an
 * unqualified {@code {"context": {...}}}, either inside a RESTCONF {@code data} envelope, or the bare context object
 * as ONF's reference implementation publishes it ({@code {"uuid": ..., "topology-context": ...}}).
 */
final class TapiEnvelope {
    private static final Set<String> WRAPPERS = Set.of("context");
    private static final Set<String> DATASTORES = Set.of("data");
    /** Members only a context has at its top: a bare object with one of them is the context itself. */
    private static final Set<String> CONTEXT_MEMBERS = Set.of("service-interface-point", "topology-context",
            "connectivity-context", "path-computation-context", "topology", "connectivity-service",
            "nw-topology-service", "notification-context", "physical-context", "oam-context",
            "virtual-network-context", "streaming-context");

    private TapiEnvelope() {
    }

    /** The context's JSON pointer and object. */
    static Map.Entry<String, JsonNode> context(JsonNode document, String path, List<ImportedContext.Ignored> ignored)
            throws InvalidTapiContextException {
        for (Map.Entry<String, JsonNode> member : document.properties()) {
            String name = TapiImport.localName(member.getKey());
            if (WRAPPERS.contains(name) || DATASTORES.contains(name)) {
                for (Map.Entry<String, JsonNode> other : document.properties()) {
                    if (other != member) {
                        ignored.add(new ImportedContext.Ignored(path + "/" + TapiImport.pointer(other.getKey()),
                                "beside the context; only the context is read"));
                    }
                }
                String inner = path + "/" + TapiImport.pointer(member.getKey());
                if (!member.getValue().isObject()) {
                    throw new InvalidTapiContextException(inner, "expected an object");
                }
                return WRAPPERS.contains(name) ? Map.entry(inner, member.getValue())
                        : context(member.getValue(), inner, ignored);
            }
        }
        for (Map.Entry<String, JsonNode> member : document.properties()) {
            if (CONTEXT_MEMBERS.contains(TapiImport.localName(member.getKey()))) {
                return Map.entry(path, document);
            }
        }
        throw new InvalidTapiContextException(path, "no TAPI context here: expected " + TapiRules.CONTEXT
                + ", or a context object with service-interface-point or topology-context");
    }
}
