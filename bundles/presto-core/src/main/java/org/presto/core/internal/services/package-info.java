/**
 * The lifecycle of connectivity services: the provisioning lock and the create and delete orchestration
 * ({@code ServiceLifecycle}), reads of stored services ({@code ServiceReads}) and the service as it is stored
 * ({@code StoredService}). It plans through {@code planning}, changes devices through {@code activation}, records
 * through {@code journal} and hands changes of installed services to {@code update}.
 */
package org.presto.core.internal.services;
