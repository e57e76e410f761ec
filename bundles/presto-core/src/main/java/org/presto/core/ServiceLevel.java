package org.presto.core;

import org.presto.model.RouteObjectiveFunction;

/**
 * A service level the provider offers, as a create request names it in {@code conn-constraint/service-level} (the MEF
 * SDK's tutorial asks for {@code BEST_EFFORT}). What a level means is the operator's configuration: the route
 * objective and latency bound it gives a service whose request states none of its own.
 *
 * @param name             the value clients send
 * @param objective        the route objective function, or null for Presto's default (least cost)
 * @param maxLatencyMicros the most latency a route may have, in microseconds, or null for no bound
 * @param description      what the level is, for people
 */
public record ServiceLevel(String name, RouteObjectiveFunction objective, Long maxLatencyMicros,
                           String description) {
}
