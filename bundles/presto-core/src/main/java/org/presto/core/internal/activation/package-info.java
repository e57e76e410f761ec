/**
 * Making device changes through the drivers, all or nothing as far as the devices allow: one queue per device
 * ({@code DeviceQueues}), retries of retryable failures, undo records journaled before anything goes on, read-back of
 * every change, and undo on failure ({@code DeviceActivation}); drivers asked for their capabilities before anything is
 * installed ({@code DriverCapabilities}).
 */
package org.presto.core.internal.activation;
