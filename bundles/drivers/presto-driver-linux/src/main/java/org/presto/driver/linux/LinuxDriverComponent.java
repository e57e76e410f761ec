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
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
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
public final class LinuxDriverComponent implements NetworkDriver {
    public static final String PID = "org.presto.driver.linux";
    private static final Logger LOG = LoggerFactory.getLogger(LinuxDriverComponent.class);

    private final LinuxNetwork network;

    @Activate
    public LinuxDriverComponent(LinuxDriverConfig config, BundleContext context) {
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
        network = new LinuxNetwork(new DriverInfo(config.driverId(), "Presto", context.getBundle().getVersion()
                .toString(), "Linux switches: network namespaces, bridge " + config.bridge() + ", nftables"),
                switches);
        LOG.info("Linux driver {} ready with switches {}", config.driverId(),
                switches.stream().map(LinuxSwitch::name).toList());
    }

    @Override
    public DriverInfo info() {
        return network.info();
    }

    @Override
    public List<DeviceStatus> devices() {
        return network.devices();
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        return network.discover();
    }

    @Override
    public UndoRecord install(ForwardingEntry entry) throws DriverException {
        return network.install(entry);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        network.undo(undo);
    }

    @Override
    public void remove(ForwardingEntry entry) throws DriverException {
        network.remove(entry);
    }

    @Override
    public List<ForwardingEntry> forwardingEntries(String nodeId) throws DriverException {
        return network.forwardingEntries(nodeId);
    }

    @Override
    public UndoRecord install(BridgeEntry bridge) throws DriverException {
        return network.install(bridge);
    }

    @Override
    public void remove(BridgeEntry bridge) throws DriverException {
        network.remove(bridge);
    }

    @Override
    public List<BridgeEntry> bridges(String nodeId) throws DriverException {
        return network.bridges(nodeId);
    }
}
