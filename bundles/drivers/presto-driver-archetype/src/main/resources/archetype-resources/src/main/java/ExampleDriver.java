package ${package};

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.spi.support.ForwardingNetworkDriver;

/**
 * Publishes the driver as an OSGi service, which is all Presto needs to find it. This class only turns the
 * configuration into plain objects and hands every call to {@link ExampleNetwork} (that is what
 * {@link ForwardingNetworkDriver} does); a configuration change re-creates it, so Presto reads the network again.
 */
@Component(service = NetworkDriver.class, configurationPid = ExampleDriver.PID, immediate = true)
@Designate(ocd = ExampleConfig.class)
public final class ExampleDriver extends ForwardingNetworkDriver {
    /** The package name: a PID with a dash would be read by Karaf as a factory configuration. */
    public static final String PID = "${package}";

    @Activate
    public ExampleDriver(ExampleConfig config, BundleContext context) {
        super(network(config, context));
    }

    private static ExampleNetwork network(ExampleConfig config, BundleContext context) {
        String base = System.getProperty("karaf.base", "");
        List<String> ports = Arrays.stream(config.ports().split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        DeviceClient device = new FileDeviceClient(Path.of(base).resolve(config.configurationFile()), ports);
        return new ExampleNetwork(new DriverInfo(config.driverId(), "${groupId}",
                context.getBundle().getVersion().toString(), "one switch, E-Line"), config.switchName(), device);
    }
}
