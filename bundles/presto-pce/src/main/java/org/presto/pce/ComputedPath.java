package org.presto.pce;

import java.util.List;
import org.presto.model.Link;

/**
 * A route: the nodes in order from source to target and the links between them ({@code links.get(i)} joins
 * {@code nodeIds.get(i)} and {@code nodeIds.get(i + 1)}), with its total metric for the objective used.
 */
public record ComputedPath(List<String> nodeIds, List<Link> links, long metric) {
    public ComputedPath {
        nodeIds = List.copyOf(nodeIds);
        links = List.copyOf(links);
        if (links.size() != nodeIds.size() - 1) {
            throw new IllegalArgumentException("a path of " + nodeIds.size() + " nodes has " + (nodeIds.size() - 1)
                    + " links, not " + links.size());
        }
    }
}
