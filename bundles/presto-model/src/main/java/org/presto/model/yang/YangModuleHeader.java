package org.presto.model.yang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a YANG library (RFC 8525) says of a module, read from its text: name, revision, namespace, whether a server
 * using it implements it, and which modules its deviations change.
 *
 * @param name        the module's name
 * @param revision    its latest revision date, null if it has none
 * @param namespace   its XML namespace
 * @param implemented whether it defines anything a server implements (data nodes, RPCs, notifications, augments,
 *                    deviations); a module of only groupings, typedefs and identities is imported only
 * @param deviates    the modules whose nodes its deviation statements change, in order of first appearance
 */
public record YangModuleHeader(String name, String revision, String namespace, boolean implemented,
                               List<String> deviates) {
    private static final Set<String> IMPLEMENTED = Set.of("container", "list", "leaf", "leaf-list", "choice",
            "anydata", "anyxml", "uses", "rpc", "action", "notification", "augment", "deviation");

    public YangModuleHeader {
        deviates = List.copyOf(deviates);
    }

    /** Reads the header of a module's text. */
    public static YangModuleHeader of(String moduleText) {
        YangStatement module = YangParser.parse(moduleText);
        if (!module.keyword().equals("module")) {
            throw new IllegalArgumentException("not a module but a " + module.keyword());
        }
        // revisions are written newest first (RFC 7950 7.1.9), though nothing enforces it
        String revision = module.all("revision").stream().map(YangStatement::argument).max(String::compareTo)
                .orElse(null);
        boolean implemented = module.children().stream().anyMatch(s -> IMPLEMENTED.contains(s.keyword()));
        Map<String, String> imports = module.all("import").stream()
                .collect(Collectors.toMap(i -> i.argumentOf("prefix"), YangStatement::argument));
        Set<String> deviates = new LinkedHashSet<>();
        for (YangStatement deviation : module.all("deviation")) {
            // the deviated node is the target's last step, in the namespace of that step's prefix
            String target = deviation.argument();
            String last = target.substring(target.lastIndexOf('/') + 1);
            int colon = last.indexOf(':');
            String prefix = colon < 0 ? module.argumentOf("prefix") : last.substring(0, colon);
            deviates.add(imports.getOrDefault(prefix, module.argument()));
        }
        return new YangModuleHeader(module.argument(), revision, module.argumentOf("namespace"), implemented,
                List.copyOf(deviates));
    }
}
