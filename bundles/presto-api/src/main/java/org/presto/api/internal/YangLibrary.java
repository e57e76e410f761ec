package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presto.model.yang.NrpModules;
import org.presto.model.yang.YangModuleHeader;

/**
 * The YANG library of Presto's RESTCONF server: which modules, at which revisions, with which deviations, a client
 * validates its data against. Served both as RFC 8525 {@code ietf-yang-library:yang-library} and as RFC 7895
 * {@code ietf-yang-library:modules-state}, which RFC 8040 (section 10.1) asks every RESTCONF server for and which
 * older clients read. Each module Presto ships has a location ({@code yang/FILE} under the RESTCONF root) where
 * its text is served; ietf-yang-library itself and its imports are the IETF's, found by name and revision.
 */
final class YangLibrary {
    /** The revision of ietf-yang-library served; RFC 8040's yang-library-version. */
    static final String VERSION = "2019-01-04";
    private static final String MODULE_SET = "presto-nrp-2018r2";
    /** The IETF modules of the library itself: name, revision, namespace, implemented. */
    private static final List<YangModuleHeader> IETF = List.of(
            new YangModuleHeader("ietf-yang-library", VERSION, "urn:ietf:params:xml:ns:yang:ietf-yang-library",
                    true, List.of()),
            new YangModuleHeader("ietf-datastores", "2018-02-14", "urn:ietf:params:xml:ns:yang:ietf-datastores",
                    false, List.of()),
            new YangModuleHeader("ietf-inet-types", "2013-07-15", "urn:ietf:params:xml:ns:yang:ietf-inet-types",
                    false, List.of()),
            new YangModuleHeader("ietf-yang-types", "2013-07-15", "urn:ietf:params:xml:ns:yang:ietf-yang-types",
                    false, List.of()));

    private final ObjectMapper json;
    /** Presto's modules by file name, in the order served. */
    private final Map<String, YangModuleHeader> files = new LinkedHashMap<>();
    private final List<YangModuleHeader> all = new ArrayList<>();
    private final String contentId;

    YangLibrary(ObjectMapper json) {
        this.json = json;
        List<String> served = new ArrayList<>(NrpModules.FILES);
        served.add(NrpModules.DEVIATIONS_FILE);
        MessageDigest digest = sha256();
        for (String file : served) {
            String text = NrpModules.text(file);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            YangModuleHeader header = YangModuleHeader.of(text);
            files.put(file, header);
            all.add(header);
        }
        all.addAll(IETF);
        // changes whenever a module text changes, as both content-id and module-set-id must
        this.contentId = HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The text of a module Presto ships, by the file name its location ends in. */
    Optional<String> text(String file) {
        return files.containsKey(file) ? Optional.of(NrpModules.text(file)) : Optional.empty();
    }

    /** RFC 8525's yang-library: one module set, one schema, for the datastores RESTCONF serves. */
    ObjectNode yangLibrary(URI restconfRoot) {
        ObjectNode library = json.createObjectNode();
        ObjectNode set = library.putArray("module-set").addObject().put("name", MODULE_SET);
        ArrayNode implemented = set.putArray("module");
        ArrayNode importOnly = set.putArray("import-only-module");
        for (YangModuleHeader module : all) {
            ObjectNode entry = (module.implemented() ? implemented : importOnly).addObject()
                    .put("name", module.name()).put("revision", module.revision())
                    .put("namespace", module.namespace());
            location(module, restconfRoot).ifPresent(uri -> entry.putArray("location").add(uri));
            List<String> deviations = deviationsOf(module);
            if (!deviations.isEmpty()) {
                deviations.forEach(entry.putArray("deviation")::add);
            }
        }
        library.putArray("schema").addObject().put("name", MODULE_SET).putArray("module-set").add(MODULE_SET);
        ArrayNode datastores = library.putArray("datastore");
        for (String datastore : List.of("running", "operational")) {
            datastores.addObject().put("name", "ietf-datastores:" + datastore).put("schema", MODULE_SET);
        }
        library.put("content-id", contentId);
        return json.createObjectNode().set("ietf-yang-library:yang-library", library);
    }

    /** RFC 7895's modules-state, deprecated by RFC 8525 but what RFC 8040 names and older clients read. */
    ObjectNode modulesState(URI restconfRoot) {
        ObjectNode state = json.createObjectNode().put("module-set-id", contentId);
        ArrayNode modules = state.putArray("module");
        for (YangModuleHeader module : all) {
            ObjectNode entry = modules.addObject().put("name", module.name()).put("revision", module.revision());
            location(module, restconfRoot).ifPresent(uri -> entry.put("schema", uri));
            entry.put("namespace", module.namespace())
                    .put("conformance-type", module.implemented() ? "implement" : "import");
            List<String> deviations = deviationsOf(module);
            if (!deviations.isEmpty()) {
                ArrayNode list = entry.putArray("deviation");
                for (String deviation : deviations) {
                    all.stream().filter(m -> m.name().equals(deviation)).findFirst().ifPresent(m ->
                            list.addObject().put("name", m.name()).put("revision", m.revision()));
                }
            }
        }
        return json.createObjectNode().set("ietf-yang-library:modules-state", state);
    }

    private List<String> deviationsOf(YangModuleHeader module) {
        return all.stream().filter(m -> m.deviates().contains(module.name())).map(YangModuleHeader::name).toList();
    }

    private Optional<String> location(YangModuleHeader module, URI restconfRoot) {
        return files.entrySet().stream().filter(e -> e.getValue().equals(module)).findFirst()
                .map(e -> restconfRoot.resolve("yang/" + e.getKey()).toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
