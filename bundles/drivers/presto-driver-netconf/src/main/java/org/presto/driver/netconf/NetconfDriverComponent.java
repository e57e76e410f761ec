package org.presto.driver.netconf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.driver.netconf.device.NetconfDevice;
import org.presto.driver.netconf.device.SshResources;
import org.presto.driver.netconf.network.NetconfNetwork;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the NETCONF driver once at least one device is configured. The devices are a static reference: adding or
 * removing a device configuration re-creates the driver, so Presto reads the network again from all of them, and
 * a driver never runs with a device set other than the one it reported.
 */
@Component(service = NetworkDriver.class, configurationPid = NetconfDriverComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = NetconfDriverConfig.class)
public final class NetconfDriverComponent extends ForwardingNetworkDriver {
    public static final String PID = "org.presto.driver.netconf";
    private static final Logger LOG = LoggerFactory.getLogger(NetconfDriverComponent.class);

    private final SshResources resources;
    private final NetconfNetwork network;

    @Activate
    public NetconfDriverComponent(NetconfDriverConfig config, BundleContext context,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<NetconfDeviceComponent> configured) {
        this(new SshResources(), config, context, configured);
    }

    private NetconfDriverComponent(SshResources resources, NetconfDriverConfig config, BundleContext context,
            List<NetconfDeviceComponent> configured) {
        this(resources, network(resources, config, context, configured));
    }

    private NetconfDriverComponent(SshResources resources, NetconfNetwork network) {
        super(network);
        this.resources = resources;
        this.network = network;
    }

    private static NetconfNetwork network(SshResources resources, NetconfDriverConfig config, BundleContext context,
            List<NetconfDeviceComponent> configured) {
        Duration timeout = Duration.ofMillis(config.timeoutMillis());
        List<NetconfDevice> devices = new ArrayList<>();
        for (NetconfDeviceComponent device : configured) {
            DeviceSettings settings = device.settings();
            devices.add(resources.device(settings.name(), settings.endpoint(), timeout));
        }
        try {
            NetconfNetwork network = new NetconfNetwork(new DriverInfo(config.driverId(), "Presto",
                    context.getBundle().getVersion().toString(), "NETCONF VLAN switches (presto-vlan-switch YANG), "
                    + devices.size() + " devices"), devices);
            LOG.info("NETCONF driver {} ready with devices {}", config.driverId(),
                    devices.stream().map(NetconfDevice::name).toList());
            return network;
        } catch (IllegalArgumentException e) {
            resources.close();
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
    }

    @Deactivate
    void close() {
        network.close();
        resources.close();
    }
}
