package org.presto.driver.netconf;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.NetworkDriver;

/** The driver test kit against three real netconfd switches in a line. */
class NetconfDriverTckTest extends NetworkDriverTck {
    private static TestSwitches switches;

    @BeforeAll
    static void startSwitches(@TempDir Path dir) throws Exception {
        switches = TestSwitches.line(dir, 3);
    }

    @AfterAll
    static void stopSwitches() {
        if (switches != null) {
            switches.close();
        }
    }

    @Override
    protected NetworkDriver connect() {
        return switches.connect();
    }

    @Override
    protected void release(NetworkDriver driver) {
        switches.release(driver);
    }
}
