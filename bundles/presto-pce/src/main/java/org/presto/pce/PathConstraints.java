package org.presto.pce;

import java.util.List;
import java.util.Set;
import org.presto.model.LayerProtocolName;

/**
 * What every link and node of a path must satisfy, and the bounds on the whole path. Pruning constraints (capacity,
 * exclusions, shared risks, layer) remove links and nodes; bounds (hops, latency) limit the path as a whole;
 * waypoints are passed in order.
 *
 * @param requiredKbps       capacity in kbit/s each link must still have available; 0 for none
 * @param excludedNodeIds    nodes the path must not pass (unavailable ones among them)
 * @param excludedLinkIds    links the path must not use
 * @param excludedRisks      shared risk identifiers (SRLGs, a link's risk-identifier-list values) to stay clear of
 * @param layer              the layer the path carries: only links of that layer (or stating none); null for any
 * @param maxHops            most links on the path; null for no bound
 * @param maxLatencyMicros   most total fixed latency in microseconds; null for no bound
 * @param waypoints          nodes and links the path passes, in this order
 */
public record PathConstraints(long requiredKbps, Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                              Set<String> excludedRisks, LayerProtocolName layer, Integer maxHops,
                              Long maxLatencyMicros, List<Waypoint> waypoints) {
    public static final PathConstraints NONE = new PathConstraints(0, null, null, null, null, null, null);

    public PathConstraints {
        excludedNodeIds = excludedNodeIds == null ? Set.of() : Set.copyOf(excludedNodeIds);
        excludedLinkIds = excludedLinkIds == null ? Set.of() : Set.copyOf(excludedLinkIds);
        excludedRisks = excludedRisks == null ? Set.of() : Set.copyOf(excludedRisks);
        waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
        if (requiredKbps < 0) {
            throw new IllegalArgumentException("requiredKbps cannot be negative: " + requiredKbps);
        }
        if (maxHops != null && maxHops < 0 || maxLatencyMicros != null && maxLatencyMicros < 0) {
            throw new IllegalArgumentException("bounds cannot be negative");
        }
    }

    /** Constraints without waypoints. */
    public PathConstraints(long requiredKbps, Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                           Set<String> excludedRisks, LayerProtocolName layer, Integer maxHops, Long maxLatencyMicros) {
        this(requiredKbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer, maxHops, maxLatencyMicros, null);
    }

    /** Whether the path as a whole is bounded, which plain shortest-path search cannot guarantee. */
    public boolean hasBounds() {
        return maxHops != null || maxLatencyMicros != null;
    }

    public PathConstraints withRequiredKbps(long kbps) {
        return new PathConstraints(kbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer, maxHops,
                maxLatencyMicros, waypoints);
    }

    public PathConstraints withoutBounds() {
        return new PathConstraints(requiredKbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer, null, null,
                waypoints);
    }

    public PathConstraints withoutWaypoints() {
        return new PathConstraints(requiredKbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer, maxHops,
                maxLatencyMicros, null);
    }

    /** These constraints with the bounds reduced by what a prefix of the path used. */
    public PathConstraints withBoundsReducedBy(int hopsUsed, long latencyUsed) {
        return new PathConstraints(requiredKbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer,
                maxHops == null ? null : maxHops - hopsUsed,
                maxLatencyMicros == null ? null : maxLatencyMicros - latencyUsed, waypoints);
    }

    public PathConstraints withMaxLatencyMicros(Long micros) {
        return new PathConstraints(requiredKbps, excludedNodeIds, excludedLinkIds, excludedRisks, layer, maxHops,
                micros, waypoints);
    }
}
