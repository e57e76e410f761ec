package org.presto.pce.internal;

import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.Link;
import org.presto.model.RouteObjectiveFunction;
import org.presto.pce.PathComputer;

/**
 * Reads the integer metric of a link for an objective; a link that states none counts as
 * {@link PathComputer#DEFAULT_LINK_COST} or {@link PathComputer#DEFAULT_LINK_LATENCY_MICROS}.
 */
final class LinkMetrics {
    private LinkMetrics() {
    }

    static long weight(Link link, RouteObjectiveFunction objective) {
        return switch (objective) {
            case MIN_WORK_ROUTE_HOP, MIN_SUM_OF_WORK_AND_PROTECTION_ROUTE_HOP -> 1;
            case MIN_WORK_ROUTE_LATENCY, MIN_SUM_OF_WORK_AND_PROTECTION_ROUTE_LATENCY -> latency(link);
            default -> cost(link);
        };
    }

    private static long cost(Link link) {
        for (CostCharacteristic cost : link.costCharacteristic()) {
            long value = parse(cost.costValue());
            if (value > 0) {
                return value;
            }
        }
        return PathComputer.DEFAULT_LINK_COST;
    }

    /** The link's fixed latency in microseconds, the default when it states none (every link takes some time). */
    static long latency(Link link) {
        for (LatencyCharacteristic latency : link.latencyCharacteristic()) {
            long value = parse(latency.fixedLatencyCharacteristic());
            if (value > 0) {
                return value;
            }
        }
        return PathComputer.DEFAULT_LINK_LATENCY_MICROS;
    }

    private static long parse(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.round(Double.parseDouble(text.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
