/**
 * The lifecycle of connectivity services: the create, update and delete orchestration ({@code ServiceLifecycle},
 * {@code ServiceCreation} with {@code NewServicePlanner}), who may provision now ({@code Provisioning}), reads of
 * stored services ({@code ServiceReads}), the service as it is stored ({@code StoredService}) and the claims of
 * services stored before claims were kept ({@code OlderServicesClaims}). It plans through {@code planning}, changes
 * devices through {@code activation}, records through {@code journal} and hands changes of installed services to
 * {@code update}.
 */
package org.presto.core.internal.services;
