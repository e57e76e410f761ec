/**
 * The core's implementation, private to its bundle. Here only the wiring: the DS components
 * ({@code PrestoCoreComponent}, which offers the core's services and wires the plain objects below, and
 * {@code ServiceLevelComponent}) and their configuration. The work is in the sub-packages, each saying what it owns:
 * {@code inventory} (the network), {@code planning} (requests into plans), {@code activation} (device changes),
 * {@code services} (create and delete), {@code update} (changes of installed services), {@code journal} (store, events,
 * recovery) and {@code paths} (path computation services).
 */
package org.presto.core.internal;
