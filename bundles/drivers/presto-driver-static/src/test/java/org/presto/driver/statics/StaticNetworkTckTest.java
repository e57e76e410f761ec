package org.presto.driver.statics;

import java.nio.file.Path;
import org.presto.driver.tck.NetworkDriverTck;
import org.presto.spi.NetworkDriver;

/**
 * The driver test kit against a static network: its discovery must be stable and consistent, and every change,
 * since it declares no capability, refused without effect.
 */
class StaticNetworkTckTest extends NetworkDriverTck {
    static final Path METRO = Path.of("../../../docs/examples/tapi-metro-optical-context.json").toAbsolutePath()
            .normalize();

    @Override
    protected NetworkDriver connect() throws Exception {
        return new StaticNetworkDriver("lab", METRO, "tck");
    }
}
