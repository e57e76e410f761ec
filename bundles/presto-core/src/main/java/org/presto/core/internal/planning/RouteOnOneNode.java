package org.presto.core.internal.planning;

import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.Waypoint;

/**
 * The route between two points of one node: that node alone. Constraints it cannot meet are refused, not ignored:
 * the node excluded, a waypoint elsewhere, a hop bound below zero cannot happen, and latency is nil.
 */
public final class RouteOnOneNode {
    private RouteOnOneNode() {
    }

    public static ComputedPath check(String node, RouteConstraints constraints) {
        if (constraints.excludedNodeIds().contains(node)) {
            throw contradiction("node " + node + " holds both end points and is excluded");
        }
        for (Waypoint waypoint : constraints.waypoints()) {
            if (!(waypoint.kind() == Waypoint.Kind.NODE && waypoint.id().equals(node))) {
                throw contradiction("both end points are on node " + node + ", so the route passes no " + waypoint);
            }
        }
        return new ComputedPath(List.of(node), List.of(), 0);
    }

    private static PrestoException contradiction(String message) {
        return new PrestoException(Reason.CONFLICT, null, Cause.CONTRADICTORY_CONSTRAINTS.appTag(), "no route: "
                + message);
    }
}
