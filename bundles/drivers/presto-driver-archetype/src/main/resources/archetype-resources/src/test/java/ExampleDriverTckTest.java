package ${package};

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;

/**
 * Presto's driver test kit against this driver. Point {@link #connect()} at devices set aside for testing when you
 * replace the template's switch; each call must give a new driver instance on the same devices.
 */
class ExampleDriverTckTest extends NetworkDriverTck {
    @TempDir
    Path dir;

    @Override
    protected NetworkDriver connect() {
        return new ExampleNetwork(new DriverInfo("${artifactId}", "${groupId}", "test", "test switch"), "switch-1",
                new FileDeviceClient(dir.resolve("switch.conf"), List.of("uni-1", "uni-2", "uni-3")));
    }
}
