package org.presto.driver.linux;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.presto.driver.linux.host.Host;
import org.presto.driver.linux.switching.LinuxSwitch;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;

/** The driver test kit against three namespace switches in a line; the configuration lives in their kernel tables. */
class LinuxDriverTckTest extends NetworkDriverTck {
    private static LinuxTestNetwork network;

    @BeforeAll
    static void build() throws Exception {
        network = LinuxTestNetwork.line(3, 2);
    }

    @AfterAll
    static void tearDown() {
        if (network != null) {
            network.close();
        }
    }

    static LinuxNetwork driver(LinuxTestNetwork network) {
        Host host = new Host(Duration.ofSeconds(10));
        List<LinuxSwitch> switches = network.switchNames().stream().map(name -> new LinuxSwitch(name, "br0", host))
                .toList();
        return new LinuxNetwork(new DriverInfo("linux-test", "Presto", "test", "test switches"), switches);
    }

    @Override
    protected NetworkDriver connect() {
        return driver(network);
    }
}
