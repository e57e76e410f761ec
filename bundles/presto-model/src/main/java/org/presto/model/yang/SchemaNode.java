package org.presto.model.yang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data node of a compiled YANG schema (container, list, leaf, leaf-list, anydata), or an RPC with its input and
 * output. Groupings are expanded, augments applied, choices and cases dissolved into their parent (they do not
 * appear in instance data), and a leaf's type resolved to its built-in type.
 */
public final class SchemaNode {
    public enum Kind { CONTAINER, LIST, LEAF, LEAF_LIST, ANYDATA, RPC, INPUT, OUTPUT }

    private final String name;
    private final String module;
    private final Kind kind;
    private final LeafType type;
    private final boolean config;
    private final List<String> keys;
    private final Map<String, SchemaNode> children = new LinkedHashMap<>();

    SchemaNode(String name, String module, Kind kind, LeafType type, boolean config, List<String> keys) {
        this.name = name;
        this.module = module;
        this.kind = kind;
        this.type = type;
        this.config = config;
        this.keys = keys == null ? List.of() : List.copyOf(keys);
    }

    public String name() {
        return name;
    }

    /** The module whose namespace the node is in (for a node from a grouping, the module that uses it). */
    public String module() {
        return module;
    }

    public Kind kind() {
        return kind;
    }

    /** The type of a leaf or leaf-list; null for other nodes. */
    public LeafType type() {
        return type;
    }

    /** Whether the node is configuration (RFC 7950 7.21.1); false below a config false node. */
    public boolean config() {
        return config;
    }

    public List<String> keys() {
        return keys;
    }

    /** A child by its name, with or without module prefix. */
    public SchemaNode child(String memberName) {
        int colon = memberName.indexOf(':');
        SchemaNode child = children.get(colon < 0 ? memberName : memberName.substring(colon + 1));
        return child != null && (colon < 0 || child.module.equals(memberName.substring(0, colon))) ? child : null;
    }

    public Collection<SchemaNode> children() {
        return children.values();
    }

    void add(SchemaNode child) {
        // two modules augmenting one local name into the same node is legal YANG, but none of ours do it
        children.putIfAbsent(child.name, child);
    }

    @Override
    public String toString() {
        return module + ":" + name + " (" + kind + ")";
    }
}
