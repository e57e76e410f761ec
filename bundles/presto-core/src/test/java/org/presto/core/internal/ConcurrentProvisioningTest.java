package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.presto.store.ServiceRecord;

/**
 * Devices are configured outside the provisioning lock: while one service's devices are held busy (a slow node),
 * services on other nodes are created and deleted; the busy one is reserved (PLANNED), refused to other requests and
 * left alone by journal recovery, and installs once its node answers.
 */
class ConcurrentProvisioningTest {
    @TempDir
    Path dir;

    @Test
    void aSlowNodeHoldsUpOnlyItsOwnService() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> slowNode = new AtomicReference<>();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, emulator -> new ForwardingNetworkDriver(emulator) {
            @Override
            public UndoRecord install(DeviceChange change) throws DriverException {
                if (change.nodeId().equals(slowNode.get())) {
                    entered.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.install(change);
            }
        })) {
            // the demo network is a ring pe1..pe6 (and pe1-pe4): pe2-pe3 and pe5-pe6 share no node
            ConnectivityService existing = net.connectivity.create(eLine(net, "pe5-uni-2", "pe6-uni-2", 300));
            slowNode.set(net.node("pe2"));
            Future<ConnectivityService> slow = client.submit(() -> net.connectivity.create(eLine(net, "pe2-uni-1",
                    "pe3-uni-1", 100)));
            assertTrue(entered.await(20, TimeUnit.SECONDS), "the slow create reached its node");

            ConnectivityService other = net.connectivity.create(eLine(net, "pe5-uni-1", "pe6-uni-1", 100));
            assertEquals(LifecycleState.INSTALLED, other.lifecycleState());
            net.connectivity.delete(existing.uuid());
            ServiceRecord held = net.store.services().stream()
                    .filter(r -> r.service().lifecycleState() == LifecycleState.PLANNED).findFirst().orElseThrow();
            // its CE-VLAN is reserved while its devices are at work
            assertEquals(Reason.CONFLICT, assertThrows(PrestoException.class,
                    () -> net.connectivity.create(eLine(net, "pe2-uni-1", "pe3-uni-1", 100))).reason());
            assertEquals(Reason.CONFLICT, assertThrows(PrestoException.class,
                    () -> net.connectivity.delete(held.uuid())).reason());
            assertEquals(0, net.connectivity.recoverUnfinished(), "not abandoned: its request is under way");

            release.countDown();
            ConnectivityService installed = slow.get(20, TimeUnit.SECONDS);
            assertEquals(held.uuid(), installed.uuid());
            assertEquals(LifecycleState.INSTALLED, installed.lifecycleState());
            net.connectivity.delete(installed.uuid());
            assertEquals(List.of(other.uuid()), net.connectivity.services().stream().map(ConnectivityService::uuid)
                    .toList());
        } finally {
            release.countDown();
            client.shutdownNow();
        }
    }

    private static ConnectivityRequest eLine(DemoNetworkFixture net, String a, String z, int vlan) {
        return new ConnectivityRequest(null, List.of(net.endPoint(a, vlan, null), net.endPoint(z, vlan, null)), null,
                null, null);
    }
}
