package org.presto.driver.netconf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.presto.driver.netconf.NetconfTestDevice.PortSpec;
import org.presto.driver.netconf.device.NetconfDevice;
import org.presto.driver.netconf.device.SshResources;
import org.presto.driver.netconf.network.NetconfNetwork;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;

/**
 * Test switches in a line, sw1 - sw2 - ... - swN, each with three customer ports (uni-1 to uni-3) and a network port
 * to each neighbour (to-sw2 and so on); and drivers connected to them.
 */
public final class TestSwitches implements AutoCloseable {
    static final String DRIVER_ID = "netconf-test";

    private final List<NetconfTestDevice> devices = new ArrayList<>();
    private final Map<NetworkDriver, SshResources> connected = new IdentityHashMap<>();

    private TestSwitches() {
    }

    /**
     * @param deviations per switch, the deviation module it loads (null for none); switches beyond the list none
     */
    public static TestSwitches line(Path dir, int count, String... deviations) throws Exception {
        TestSwitches switches = new TestSwitches();
        try {
            for (int i = 1; i <= count; i++) {
                List<PortSpec> ports = new ArrayList<>(List.of(PortSpec.customer("uni-1"), PortSpec.customer("uni-2"),
                        PortSpec.customer("uni-3")));
                if (i > 1) {
                    ports.add(PortSpec.network("to-sw" + (i - 1), "sw" + (i - 1) + "/to-sw" + i));
                }
                if (i < count) {
                    ports.add(PortSpec.network("to-sw" + (i + 1), "sw" + (i + 1) + "/to-sw" + i));
                }
                String deviation = i <= deviations.length ? deviations[i - 1] : null;
                switches.devices.add(NetconfTestDevice.start(dir.resolve("sw" + i), "sw" + i, ports, deviation));
            }
        } catch (Exception e) {
            switches.close();
            throw e;
        }
        return switches;
    }

    public NetconfTestDevice device(int number) {
        return devices.get(number - 1);
    }

    /** A new driver instance on all the switches, with sessions of its own. */
    synchronized NetconfNetwork connect() {
        SshResources resources = new SshResources();
        List<NetconfDevice> netconfDevices = new ArrayList<>();
        for (NetconfTestDevice device : devices) {
            netconfDevices.add(resources.device(device.name(), device.endpoint(), Duration.ofSeconds(10)));
        }
        NetconfNetwork network = new NetconfNetwork(new DriverInfo(DRIVER_ID, "Presto", "test", "test switches"),
                netconfDevices);
        connected.put(network, resources);
        return network;
    }

    /** Ends the driver's sessions politely (close-session), as the driver component does, then its SSH client. */
    synchronized void release(NetworkDriver driver) {
        SshResources resources = connected.remove(driver);
        if (resources != null) {
            ((NetconfNetwork) driver).close();
            resources.close();
        }
    }

    public List<NetconfTestDevice> devices() {
        return List.copyOf(devices);
    }

    @Override
    public synchronized void close() {
        connected.forEach((driver, resources) -> {
            ((NetconfNetwork) driver).close();
            resources.close();
        });
        connected.clear();
        devices.forEach(NetconfTestDevice::close);
    }
}
