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

    /** The services, connections and connection end points a context holds, or nothing when it holds none. */
    static String connectionsOf(Context context) {
        long ceps = context.topology().stream().map(Topology::node).flatMap(java.util.List::stream)
                .flatMap(n -> n.ownedNodeEdgePoint().stream()).mapToLong(nep -> nep.connectionEndPoint().size()).sum();
        int services = context.connectivityService().size();
        int connections = context.connection().size();
        return ceps + services + connections == 0 ? "" : services + " connectivity services, " + connections
                + " connections, " + ceps + " connection end points";
    }
}
