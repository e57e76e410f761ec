package org.presto.pce;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;

/**
 * What to connect with one tree, as a multipoint service (E-LAN, E-Tree) needs: its terminal nodes, over links that
 * pass the constraints, minimising the objective summed over the tree's links.
 *
 * @param terminalNodeIds the nodes the tree must reach, at least two, each once
 * @param constraints     capacity, exclusions, shared risks and layer; waypoints and hop or latency bounds are not
 *                        defined for a tree and are refused
 * @param kbpsInUse       capacity in kbit/s already reserved per link uuid, as in {@link PathRequest}
 */
public record TreeRequest(Topology topology, List<String> terminalNodeIds, RouteObjectiveFunction objective,
                          PathConstraints constraints, Map<String, Long> kbpsInUse) {
    public TreeRequest {
        Objects.requireNonNull(topology, "topology");
        terminalNodeIds = List.copyOf(terminalNodeIds);
        if (terminalNodeIds.size() < 2 || terminalNodeIds.stream().distinct().count() != terminalNodeIds.size()) {
            throw new IllegalArgumentException("a tree joins at least two different terminals, not "
                    + terminalNodeIds);
        }
        objective = objective == null ? RouteObjectiveFunction.MIN_WORK_ROUTE_COST : objective;
        constraints = constraints == null ? PathConstraints.NONE : constraints;
        if (constraints.hasBounds() || !constraints.waypoints().isEmpty()) {
            throw new IllegalArgumentException("hop and latency bounds and waypoints are not defined for a tree");
        }
        kbpsInUse = kbpsInUse == null ? Map.of() : Map.copyOf(kbpsInUse);
    }
}
