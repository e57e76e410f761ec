package org.presto.model.yang;

import java.util.List;
import java.util.Optional;

/**
 * One YANG statement (RFC 7950 6.3): a keyword, its argument (null for none) and its substatements, as written in the
 * module text.
 */
record YangStatement(String keyword, String argument, List<YangStatement> children) {
    YangStatement {
        children = List.copyOf(children);
    }

    List<YangStatement> all(String childKeyword) {
        return children.stream().filter(c -> c.keyword.equals(childKeyword)).toList();
    }

    Optional<YangStatement> first(String childKeyword) {
        return children.stream().filter(c -> c.keyword.equals(childKeyword)).findFirst();
    }

    /** The argument of the first substatement of that keyword, or null. */
    String argumentOf(String childKeyword) {
        return first(childKeyword).map(YangStatement::argument).orElse(null);
    }
}
