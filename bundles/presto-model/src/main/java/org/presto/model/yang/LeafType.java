package org.presto.model.yang;

import java.util.List;

/**
 * The built-in YANG type a leaf's type resolves to, through its typedefs, as far as JSON encoding (RFC 7951 6) tells
 * them apart.
 *
 * @param base           the built-in type
 * @param members        a union's member types, in order; empty otherwise
 * @param identityModule for an identityref, the module of its base identity (the prefix of unprefixed values)
 */
public record LeafType(Base base, List<LeafType> members, String identityModule) {
    /** Built-in types by how RFC 7951 writes their values. */
    public enum Base {
        /** int8 to int32 and uint8 to uint32: a JSON number. */
        NUMBER,
        /** int64 and uint64: a JSON string. */
        INT64,
        /** decimal64: a JSON string. */
        DECIMAL64,
        BOOLEAN,
        STRING,
        ENUMERATION,
        BITS,
        BINARY,
        /** a JSON string "module:identity". */
        IDENTITYREF,
        /** [null]. */
        EMPTY,
        UNION,
        LEAFREF,
        INSTANCE_IDENTIFIER
    }

    public LeafType {
        members = List.copyOf(members);
    }

    static LeafType of(Base base) {
        return new LeafType(base, List.of(), null);
    }
}
