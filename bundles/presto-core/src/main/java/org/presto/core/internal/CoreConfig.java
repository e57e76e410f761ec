package org.presto.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumRequest.SpectrumPolicy;

/** Configuration of Presto's core (PID {@value PrestoCoreComponent#PID}); every attribute has a working default. */
@ObjectClassDefinition(name = "Presto core", description = "Provisioning and path computation settings")
public @interface CoreConfig {

    @AttributeDefinition(name = "Spectrum grid",
            description = "The DWDM grid the network's ROADMs switch: FLEX_12_5_GHZ (flexible grid, 12.5 GHz slots, "
                    + "channel width by capacity) or FIXED_50_GHZ (96 channels of 50 GHz)")
    SpectrumGrid spectrumGrid() default SpectrumGrid.FLEX_12_5_GHZ;

    @AttributeDefinition(name = "Spectrum policy",
            description = "Which free spectrum a photonic service takes: FIRST_FIT (the lowest) or MOST_USED (the "
                    + "slots most taken elsewhere, which keeps wide blocks free)")
    SpectrumPolicy spectrumPolicy() default SpectrumPolicy.FIRST_FIT;

    @AttributeDefinition(name = "Device timeout (seconds)", min = "1",
            description = "How long a request waits for one device operation; a device that answers later is "
                    + "undone, after it, as if it had failed")
    int deviceTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Device threads", min = "1",
            description = "How many device operations run at once across all devices (one at a time per device)")
    int deviceThreads() default 16;

    @AttributeDefinition(name = "Device retries", min = "0",
            description = "How many more times a device operation is tried after a failure its driver marks worth "
                    + "retrying (device busy, session dropped); the waits between tries start at 100 ms and double")
    int deviceRetries() default 2;
}
