package org.presto.shell.internal;

import org.presto.model.Context;
import org.presto.model.Topology;

/** How much a context holds, in one line for the operator. */
final class ContextSummary {
    private ContextSummary() {
    }

    static String of(Context context) {
        int nodes = context.topology().stream().mapToInt(t -> t.node().size()).sum();
        int links = context.topology().stream().mapToInt(t -> t.link().size()).sum();
        int edgePoints = context.topology().stream().map(Topology::node).flatMap(java.util.List::stream)
                .mapToInt(n -> n.ownedNodeEdgePoint().size()).sum();
        return context.topology().size() + " topologies, " + nodes + " nodes, " + edgePoints + " node edge points, "
                + links + " links, " + context.serviceInterfacePoint().size() + " service interface points, "
                + context.connectivityService().size() + " connectivity services, " + context.connection().size()
                + " connections";
    }
}
