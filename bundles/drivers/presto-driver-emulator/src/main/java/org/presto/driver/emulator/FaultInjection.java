package org.presto.driver.emulator;

import org.presto.driver.emulator.device.FaultPlan;

/**
 * The emulator's fault injection, offered as a service of this bundle only (the package is private) so that its
 * shell command reaches the running emulator.
 */
public interface FaultInjection {

    /** The emulated EMS's driver id. */
    String driverId();

    /** Replaces the faults to inject; operations are counted again from now. */
    void inject(FaultPlan plan);
}
