package org.presto.core;

import java.util.List;
import java.util.Set;
import org.presto.model.DiversityPolicy;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.pce.Waypoint;

/**
 * What a route must pass, avoid or stay within, beyond capacity.
 *
 * @param excludedNodeIds nodes the route must not pass, by uuid
 * @param excludedLinkIds links the route must not use, by uuid
 * @param latencyBound    TAPI latency characteristics: one, whose fixed-latency-characteristic is the most latency
 *                        allowed in microseconds; empty for no bound
 * @param waypoints       nodes and links (by uuid) the route passes, in this order
 * @param excludedRisks   shared risk identifiers (SRLGs) the route's links must not have
 * @param maxHops         the most links on the route, or null
 * @param diversity       existing services the route must be diverse from, or null
 * @param preferredTransportLayers the layers the service should be carried over (TAPI preferred-transport-layer);
 *                        empty for any. Presto carries a service over links of its own layer (since 0.8)
 */
public record RouteConstraints(Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                               List<LatencyCharacteristic> latencyBound, List<Waypoint> waypoints,
                               Set<String> excludedRisks, Integer maxHops, Diversity diversity,
                               List<LayerProtocolName> preferredTransportLayers) {
    public static final RouteConstraints NONE = new RouteConstraints(null, null, null);

    /**
     * Diverse routing from existing services (TAPI diversity-exclusion with diversity-policy): no link (LINK), no
     * node but the route's own ends (NODE), or no link and no shared risk (SRLG) of their routes.
     */
    public record Diversity(DiversityPolicy policy, List<String> serviceIds) {
        public Diversity {
            serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
            policy = policy == null ? DiversityPolicy.LINK : policy;
        }
    }

    public RouteConstraints {
        excludedNodeIds = excludedNodeIds == null ? Set.of() : Set.copyOf(excludedNodeIds);
        excludedLinkIds = excludedLinkIds == null ? Set.of() : Set.copyOf(excludedLinkIds);
        latencyBound = latencyBound == null ? List.of() : List.copyOf(latencyBound);
        waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
        excludedRisks = excludedRisks == null ? Set.of() : Set.copyOf(excludedRisks);
        preferredTransportLayers = preferredTransportLayers == null ? List.of()
                : List.copyOf(preferredTransportLayers);
    }

    /** Without preferred transport layers. */
    public RouteConstraints(Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                            List<LatencyCharacteristic> latencyBound, List<Waypoint> waypoints,
                            Set<String> excludedRisks, Integer maxHops, Diversity diversity) {
        this(excludedNodeIds, excludedLinkIds, latencyBound, waypoints, excludedRisks, maxHops, diversity, null);
    }

    /** Exclusions and a latency bound only. */
    public RouteConstraints(Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                            List<LatencyCharacteristic> latencyBound) {
        this(excludedNodeIds, excludedLinkIds, latencyBound, null, null, null, null, null);
    }

    /** These constraints with other excluded nodes. Since 0.8. */
    public RouteConstraints withExcludedNodeIds(Set<String> nodeIds) {
        return new RouteConstraints(nodeIds, excludedLinkIds, latencyBound, waypoints, excludedRisks, maxHops,
                diversity, preferredTransportLayers);
    }

    /** These constraints with another latency bound. Since 0.8. */
    public RouteConstraints withLatencyBound(List<LatencyCharacteristic> bound) {
        return new RouteConstraints(excludedNodeIds, excludedLinkIds, bound, waypoints, excludedRisks, maxHops,
                diversity, preferredTransportLayers);
    }

    /** These constraints with another diversity (null: none). Since 0.8. */
    public RouteConstraints withDiversity(Diversity newDiversity) {
        return new RouteConstraints(excludedNodeIds, excludedLinkIds, latencyBound, waypoints, excludedRisks,
                maxHops, newDiversity, preferredTransportLayers);
    }
}
