package org.presto.driver.emulator;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.NetworkDriver;

/** The driver test kit against the emulator on its demo network; each instance reads the devices' saved state. */
class EmulatorTckTest extends NetworkDriverTck {
    @TempDir
    Path dir;

    @Override
    protected NetworkDriver connect() throws Exception {
        return new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 3, 10_000, 100_000,
                dir.resolve("devices")), "tck");
    }
}
