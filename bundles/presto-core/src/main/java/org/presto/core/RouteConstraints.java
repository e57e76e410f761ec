package org.presto.core;

import java.util.List;
import java.util.Set;
import org.presto.model.LatencyCharacteristic;

/**
 * What a route must avoid or stay within, beyond capacity: nodes and links to exclude (by uuid), and a latency
 * bound given as TAPI latency characteristics (one, whose fixed-latency-characteristic is the most latency allowed in
 * microseconds; empty for no bound).
 */
public record RouteConstraints(Set<String> excludedNodeIds, Set<String> excludedLinkIds,
                               List<LatencyCharacteristic> latencyBound) {
    public static final RouteConstraints NONE = new RouteConstraints(null, null, null);

    public RouteConstraints {
        excludedNodeIds = excludedNodeIds == null ? Set.of() : Set.copyOf(excludedNodeIds);
        excludedLinkIds = excludedLinkIds == null ? Set.of() : Set.copyOf(excludedLinkIds);
        latencyBound = latencyBound == null ? List.of() : List.copyOf(latencyBound);
    }
}
