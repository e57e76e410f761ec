package org.presto.model.yang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.model.yang.SchemaNode.Kind;

/**
 * The schema tree of a set of YANG modules, compiled as far as JSON encoding and decoding need it: which module each
 * data node belongs to, its kind, its configuration flag, the keys of lists and the built-in type of leaves.
 *
 * <p>Why not a full YANG library: OpenDaylight's yangtools is the complete one, but brings some forty bundles (Guava,
 * ANTLR, the YANG parser reactor, XPath) into Karaf for what is three facts per node here. What is compiled: module,
 * import, typedef, grouping/uses (nodes take the namespace of the using module, types are resolved where the grouping
 * is written), container, list, leaf, leaf-list, anydata/anyxml, choice/case (dissolved), augment (also of augmented
 * nodes, and of RPC input and output), rpc/action input and output, config, identityref bases. Ignored: refine,
 * deviations, features (every if-feature is taken as supported), must/when, and augments inside uses.
 */
public final class YangSchema {
    private static final Set<String> DATA_DEFINITIONS = Set.of("container", "list", "leaf", "leaf-list", "choice",
            "case", "uses", "anydata", "anyxml");

    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** Top-level data nodes and RPCs by local name, then module. */
    private final Map<String, SchemaNode> top = new LinkedHashMap<>();

    private record Module(String name, String prefix, Map<String, String> imports, Map<String, YangStatement> typedefs,
                          Map<String, YangStatement> groupings, YangStatement statement) {
        /** The module a prefix names in this module's text; its own prefix, or none, names itself. */
        String moduleOf(String prefix) {
            if (prefix == null || prefix.equals(this.prefix)) {
                return name;
            }
            String imported = imports.get(prefix);
            if (imported == null) {
                throw new IllegalArgumentException("module " + name + " has no import with prefix " + prefix);
            }
            return imported;
        }
    }

    private YangSchema() {
    }

    /** Compiles modules given as YANG texts; every module they import must be among them. */
    public static YangSchema of(List<String> moduleTexts) {
        YangSchema schema = new YangSchema();
        for (String text : moduleTexts) {
            schema.load(YangParser.parse(text));
        }
        for (Module module : schema.modules.values()) {
            for (YangStatement statement : module.statement().children()) {
                if (DATA_DEFINITIONS.contains(statement.keyword())) {
                    SchemaNode holder = new SchemaNode("", module.name(), Kind.CONTAINER, null, true, null);
                    schema.build(holder, List.of(statement), module.name(), module, true);
                    holder.children().forEach(node -> schema.top.put(key(node), node));
                } else if (statement.keyword().equals("rpc")) {
                    SchemaNode rpc = schema.rpc(statement, module);
                    schema.top.put(key(rpc), rpc);
                }
            }
        }
        schema.applyAugments();
        return schema;
    }

    private static String key(SchemaNode node) {
        return node.module() + ":" + node.name();
    }

    /** A top-level data node or RPC by its module-qualified name, e.g. {@code tapi-common:context}. */
    public Optional<SchemaNode> top(String qualifiedName) {
        return Optional.ofNullable(top.get(qualifiedName));
    }

    private void load(YangStatement statement) {
        if (!statement.keyword().equals("module")) {
            throw new IllegalArgumentException("only modules are supported, not " + statement.keyword());
        }
        Map<String, String> imports = new HashMap<>();
        for (YangStatement imported : statement.all("import")) {
            imports.put(imported.argumentOf("prefix"), imported.argument());
        }
        Map<String, YangStatement> typedefs = new HashMap<>();
        Map<String, YangStatement> groupings = new HashMap<>();
        Deque<YangStatement> pending = new ArrayDeque<>(statement.children());
        while (!pending.isEmpty()) {
            YangStatement next = pending.pop();
            if (next.keyword().equals("typedef")) {
                typedefs.putIfAbsent(next.argument(), next);
            } else if (next.keyword().equals("grouping")) {
                groupings.putIfAbsent(next.argument(), next);
            }
            pending.addAll(next.children());
        }
        modules.put(statement.argument(), new Module(statement.argument(), statement.argumentOf("prefix"), imports,
                typedefs, groupings, statement));
    }

    /** Adds the nodes the statements define to a parent, in the namespace given,
            resolving names in the lexical module. */
    private void build(SchemaNode parent, List<YangStatement> statements, String namespace, Module lexical,
                       boolean config) {
        for (YangStatement s : statements) {
            boolean nodeConfig = config && !"false".equals(s.argumentOf("config"));
            switch (s.keyword()) {
                case "container", "list" -> {
                    String key = s.argumentOf("key");
                    SchemaNode node = new SchemaNode(s.argument(), namespace,
                            s.keyword().equals("list") ? Kind.LIST : Kind.CONTAINER, null, nodeConfig,
                            key == null ? null : List.of(key.trim().split("\\s+")));
                    build(node, s.children(), namespace, lexical, nodeConfig);
                    parent.add(node);
                }
                case "leaf", "leaf-list" -> parent.add(new SchemaNode(s.argument(), namespace,
                        s.keyword().equals("leaf") ? Kind.LEAF : Kind.LEAF_LIST,
                        type(s.first("type").orElseThrow(() -> new IllegalArgumentException(s.keyword() + " "
                                + s.argument() + " has no type")), lexical), nodeConfig, null));
                case "anydata", "anyxml" -> parent.add(new SchemaNode(s.argument(), namespace, Kind.ANYDATA, null,
                        nodeConfig, null));
                case "choice", "case" -> build(parent, s.children(), namespace, lexical, nodeConfig);
                case "uses" -> {
                    Module defining = modules.get(lexical.moduleOf(prefix(s.argument())));
                    YangStatement grouping = defining == null ? null : defining.groupings().get(local(s.argument()));
                    if (grouping == null) {
                        throw new IllegalArgumentException("module " + lexical.name() + " uses unknown grouping "
                                + s.argument());
                    }
                    build(parent, grouping.children(), namespace, defining, config);
                }
                case "input", "output" -> {
                    SchemaNode node = new SchemaNode(s.keyword(), namespace,
                            s.keyword().equals("input") ? Kind.INPUT : Kind.OUTPUT, null, false, null);
                    build(node, s.children(), namespace, lexical, false);
                    parent.add(node);
                }
                default -> {
                    // descriptions, keys, constraints and the like carry nothing JSON encoding needs
                }
            }
        }
    }

    private SchemaNode rpc(YangStatement statement, Module module) {
        SchemaNode rpc = new SchemaNode(statement.argument(), module.name(), Kind.RPC, null, false, null);
        build(rpc, statement.children(), module.name(), module, false);
        for (String part : List.of("input", "output")) {
            if (rpc.child(part) == null) {
                rpc.add(new SchemaNode(part, module.name(), part.equals("input") ? Kind.INPUT : Kind.OUTPUT, null,
                        false, null));
            }
        }
        return rpc;
    }

    /** Applies every module's top-level augments, those onto augmented nodes after the nodes they need. */
    private void applyAugments() {
        List<Map.Entry<Module, YangStatement>> pending = new ArrayList<>();
        for (Module module : modules.values()) {
            module.statement().all("augment").forEach(a -> pending.add(Map.entry(module, a)));
        }
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                Map.Entry<Module, YangStatement> augment = iterator.next();
                SchemaNode target = resolve(augment.getKey(), augment.getValue().argument());
                if (target != null) {
                    build(target, augment.getValue().children(), augment.getKey().name(), augment.getKey(),
                            target.config());
                    iterator.remove();
                }
            }
            if (pending.size() == before) {
                throw new IllegalArgumentException("augment targets not found: " + pending.stream()
                        .map(a -> a.getKey().name() + " " + a.getValue().argument()).toList());
            }
        }
    }

    /** The node an absolute schema node identifier names, or null if it is not (yet) there. */
    private SchemaNode resolve(Module context, String path) {
        SchemaNode node = null;
        for (String step : path.trim().substring(1).split("/")) {
            String qualified = context.moduleOf(prefix(step)) + ":" + local(step);
            node = node == null ? top.get(qualified) : node.child(qualified);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private LeafType type(YangStatement type, Module lexical) {
        String name = type.argument();
        if (prefix(name) == null) {
            LeafType builtIn = builtIn(type, lexical);
            if (builtIn != null) {
                return builtIn;
            }
        }
        Module defining = modules.get(lexical.moduleOf(prefix(name)));
        YangStatement typedef = defining == null ? null : defining.typedefs().get(local(name));
        if (typedef == null) {
            throw new IllegalArgumentException("module " + lexical.name() + " uses unknown type " + name);
        }
        return type(typedef.first("type").orElseThrow(), defining);
    }

    private LeafType builtIn(YangStatement type, Module lexical) {
        return switch (type.argument()) {
            case "int8", "int16", "int32", "uint8", "uint16", "uint32" -> LeafType.of(LeafType.Base.NUMBER);
            case "int64", "uint64" -> LeafType.of(LeafType.Base.INT64);
            case "decimal64" -> LeafType.of(LeafType.Base.DECIMAL64);
            case "string" -> LeafType.of(LeafType.Base.STRING);
            case "boolean" -> LeafType.of(LeafType.Base.BOOLEAN);
            case "enumeration" -> LeafType.of(LeafType.Base.ENUMERATION);
            case "bits" -> LeafType.of(LeafType.Base.BITS);
            case "binary" -> LeafType.of(LeafType.Base.BINARY);
            case "empty" -> LeafType.of(LeafType.Base.EMPTY);
            case "leafref" -> LeafType.of(LeafType.Base.LEAFREF);
            case "instance-identifier" -> LeafType.of(LeafType.Base.INSTANCE_IDENTIFIER);
            case "identityref" -> {
                String base = type.argumentOf("base");
                yield new LeafType(LeafType.Base.IDENTITYREF, List.of(),
                        base == null ? lexical.name() : lexical.moduleOf(prefix(base)));
            }
            case "union" -> new LeafType(LeafType.Base.UNION, type.all("type").stream()
                    .map(member -> type(member, lexical)).toList(), null);
            default -> null;
        };
    }

    private static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? null : name.substring(0, colon);
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
