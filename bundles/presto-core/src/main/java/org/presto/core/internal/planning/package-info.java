/**
 * What a request asks and what the network must get for it, before any device is touched: the request checked
 * ({@code RequestValidator}, {@code ValidatedEndPoint}, {@code EvcAttributes}, {@code ServiceLevels}), the resources it
 * needs and has ({@code ResourceLedger}, {@code EndPointResources}, {@code VlanAllocator}, {@code SpectrumPlanning}),
 * what each UNI enforces ({@code EndPointPolicies}, {@code BandwidthProfiles}, {@code ClassesOfService}), the route
 * asked for ({@code RouteRequests}, {@code RouteOnOneNode}, {@code DiversityExclusions}, {@code LatencyBound}), and one
 * {@code ServicePlanner} per kind of service (point-to-point and multipoint Ethernet, photonic), each giving a
 * {@code ServicePlan}: the connections and the device changes.
 */
package org.presto.core.internal.planning;
