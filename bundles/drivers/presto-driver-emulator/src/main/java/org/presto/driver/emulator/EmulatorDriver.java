package org.presto.driver.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.driver.emulator.graph.NetworkLoadException;
import org.presto.spi.NetworkDriver;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the emulated EMS as a {@link NetworkDriver} service. It only turns the OSGi configuration and environment
 * into {@link EmulatorSettings}; everything else is {@link EmulatedEms}. Immediate, so that a bad configuration is
 * reported when the bundle starts rather than when Presto first asks for the driver. There is no modified method: a
 * configuration change re-creates the component, so it never runs with half of an old and half of a new network.
 */
@Component(service = {NetworkDriver.class, FaultInjection.class}, configurationPid = EmulatorDriver.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = EmulatorConfig.class)
public final class EmulatorDriver extends ForwardingNetworkDriver implements FaultInjection {
    public static final String PID = "org.presto.driver.emulator";
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorDriver.class);

    private final EmulatedEms ems;

    @Activate
    public EmulatorDriver(EmulatorConfig config, BundleContext context) throws NetworkLoadException, IOException {
        this(ems(config, context));
    }

    private EmulatorDriver(EmulatedEms ems) {
        super(ems);
        this.ems = ems;
    }

    private static EmulatedEms ems(EmulatorConfig config, BundleContext context) throws NetworkLoadException,
            IOException {
        Path base = baseDirectory();
        EmulatorSettings settings;
        try {
            settings = new EmulatorSettings(config.driverId(), config.network(), base, config.edgePortsPerNode(),
                    config.portCapacityMbps(), config.linkCapacityMbps(),
                    stateDirectory(config.stateDirectory(), base, context), config.faults(),
                    EmulatorSettings.capabilities(config.lacking()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration " + PID + ": " + e.getMessage(), e);
        }
        EmulatedEms ems = new EmulatedEms(settings, context.getBundle().getVersion().toString());
        LOG.info("{} ready as driver {}; device configuration in {}", ems.info().description(), settings.driverId(),
                settings.stateFile());
        if (!settings.lacking().isEmpty()) {
            LOG.warn("Driver {} declares it cannot do {}", settings.driverId(), settings.lacking());
        }
        if (!settings.faults().isEmpty()) {
            LOG.warn("Driver {} injects faults: {}", settings.driverId(), settings.faults());
        }
        return ems;
    }

    /** Karaf's home for relative paths, as its own etc/ files use; the working directory outside Karaf. */
    private static Path baseDirectory() {
        String karafBase = System.getProperty("karaf.base");
        return Path.of(karafBase != null ? karafBase : "").toAbsolutePath();
    }

    private static Path stateDirectory(String configured, Path base, BundleContext context) {
        if (configured != null && !configured.isBlank()) {
            return base.resolve(configured.strip());
        }
        String karafData = System.getProperty("karaf.data");
        if (karafData != null) {
            return Path.of(karafData, "presto", "emulator");
        }
        File dataArea = context.getDataFile("emulator");
        if (dataArea == null) {
            throw new IllegalArgumentException(
                    "stateDirectory is not set and the framework has no bundle data area to save the state in");
        }
        return dataArea.toPath();
    }

    @Override
    public String driverId() {
        return info().id();
    }

    @Override
    public void inject(FaultPlan plan) {
        ems.injectFaults(plan);
        LOG.warn("Driver {} injects faults: {}", driverId(), plan);
    }
}
