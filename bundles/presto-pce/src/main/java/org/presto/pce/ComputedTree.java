package org.presto.pce;

import java.util.List;
import org.presto.model.Link;

/** A tree joining the terminals of a {@link TreeRequest}: its nodes, its links, and their total metric. */
public record ComputedTree(List<String> nodeIds, List<Link> links, long metric) {
    public ComputedTree {
        nodeIds = List.copyOf(nodeIds);
        links = List.copyOf(links);
        if (links.size() != nodeIds.size() - 1) {
            throw new IllegalArgumentException("a tree of " + nodeIds.size() + " nodes has " + (nodeIds.size() - 1)
                    + " links, not " + links.size());
        }
    }
}
