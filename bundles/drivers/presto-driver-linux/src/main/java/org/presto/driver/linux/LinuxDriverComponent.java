package org.presto.driver.linux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.driver.linux.host.Host;
import org.presto.driver.linux.switching.LinuxSwitch;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the Linux data plane driver for the switches its configuration lists. It needs root (or
 * CAP_NET_ADMIN) and {@code ip} and {@code nft} on the path. A configuration change re-creates it, so Presto reads
 * the network again.
 */
@Component(service = NetworkDriver.class, configurationPid = LinuxDriverComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = LinuxDriverConfig.class)
public final class LinuxDriverComponent extends ForwardingNetworkDriver {
    public static final String PID = "org.presto.driver.linux";
    private static final Logger LOG = LoggerFactory.getLogger(LinuxDriverComponent.class);

    @Activate
    public LinuxDriverComponent(LinuxDriverConfig config, BundleContext context) {
        super(network(config, context));
    }

    private static LinuxNetwork network(LinuxDriverConfig config, BundleContext context) {
        Host host = new Host(Duration.ofMillis(config.timeoutMillis()));
        List<LinuxSwitch> switches = new ArrayList<>();
        for (String name : config.switches() == null ? new String[0] : config.switches().split(",")) {
            if (!name.isBlank()) {
                switches.add(new LinuxSwitch(name.strip(), config.bridge(), host));
            }
        }
        if (switches.isEmpty()) {
            throw new IllegalArgumentException(PID + ": switches lists no network namespace");
        }
        LinuxNetwork network = new LinuxNetwork(new DriverInfo(config.driverId(), "Presto",
                context.getBundle().getVersion().toString(), "Linux switches: network namespaces, bridge "
                + config.bridge() + ", nftables"), switches);
        LOG.info("Linux driver {} ready with switches {}", config.driverId(),
                switches.stream().map(LinuxSwitch::name).toList());
        return network;
    }
}
