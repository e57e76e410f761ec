package org.presto.driver.netconf;

import java.nio.file.Path;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.driver.netconf.device.SwitchConfig;
import org.presto.driver.netconf.protocol.NetconfEndpoint;
import org.presto.security.Secrets;

/**
 * Turns each device configuration into {@link DeviceSettings} for the driver; a password may be sealed
 * ({@code ENC(...)}, {@link Secrets}). A configuration that cannot work is
 * refused here, with the reason in the log, so the driver never starts with half a device.
 */
@Component(service = NetconfDeviceComponent.class, configurationPid = NetconfDeviceComponent.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NetconfDeviceConfig.class, factory = true)
public final class NetconfDeviceComponent {
    public static final String FACTORY_PID = "org.presto.driver.netconf.device";

    private final DeviceSettings settings;

    @Activate
    public NetconfDeviceComponent(NetconfDeviceConfig config, @Reference Secrets secrets) {
        String name = required(config.name(), "name");
        if (!SwitchConfig.MODULE.equals(config.model())) {
            throw new IllegalArgumentException(FACTORY_PID + " " + name + ": model " + config.model()
                    + " is not one this driver speaks (" + SwitchConfig.MODULE + ")");
        }
        Path key = config.privateKey().isBlank() ? null : base().resolve(config.privateKey().strip());
        try {
            settings = new DeviceSettings(name, new NetconfEndpoint(required(config.host(), "host"), config.port(),
                    required(config.username(), "username"), secrets.reveal(config._password()), key,
                    config.hostKeyFingerprint(),
                    config.acceptAnyHostKey()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FACTORY_PID + " " + name + ": " + e.getMessage(), e);
        }
    }

    DeviceSettings settings() {
        return settings;
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(FACTORY_PID + ": " + property + " is required");
        }
        return value.strip();
    }

    /** Karaf's home for relative paths, as its own etc/ files use; the working directory outside Karaf. */
    private static Path base() {
        String karafBase = System.getProperty("karaf.base");
        return Path.of(karafBase != null ? karafBase : "").toAbsolutePath();
    }
}
