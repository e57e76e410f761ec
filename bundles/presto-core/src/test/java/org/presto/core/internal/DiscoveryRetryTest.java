package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.DriverStatus.State;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.EventJournal;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.presto.store.internal.JdbcPrestoStore;

/** A driver whose devices are out of reach when it comes is asked again, and comes in once they answer. */
class DiscoveryRetryTest {
    @TempDir
    Path dir;
    private JdbcConnectionPool pool;

    /** The emulator behind a switch that makes its discovery fail, as a device out of reach does. */
    private static final class Unreachable extends ForwardingNetworkDriver {
        volatile boolean down = true;

        Unreachable(EmulatedEms ems) {
            super(ems);
        }

        @Override
        public DiscoveredNetwork discover() throws DriverException {
            if (down) {
                throw new DriverException("device pe1 (198.18.0.1:830): Connection refused", null, true);
            }
            return super.discover();
        }
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void aDriverWhoseDevicesWereDownComesInWhenTheyAnswer() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        EventJournal events = new EventJournal(Clock.systemUTC());
        Inventory inventory = new Inventory(JdbcPrestoStore.open(pool), events);
        Unreachable driver = new Unreachable(new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000,
                100_000, dir.resolve("emulator")), "test"));
        inventory.driverAdded(driver);
        assertEquals(State.FAILED, inventory.drivers().get(0).state());
        assertEquals(0, inventory.retryDiscovery(), "still down");
        assertEquals(1, events.recent(50).stream().filter(e -> e.topic().endsWith("FAILED")).count(),
                "a failure that repeats is published once");

        driver.down = false;
        assertEquals(1, inventory.retryDiscovery());
        assertEquals(State.ACTIVE, inventory.drivers().get(0).state());
        assertEquals(6, inventory.topology().node().size());
        assertEquals(0, inventory.retryDiscovery(), "nothing left to ask");
    }
}
